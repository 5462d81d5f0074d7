import { phraseKeys, phraseSet } from './phrase-lexicon';

/** Lower-case verbs and function words that end a title chain (checked only on lower-case tokens). */
export const STOP_WORDS = phraseSet(
  `đã|sẽ|đang|vừa|mới|là|có|được|bị|về|tại|với|cùng|các|những|cho|đến|đi|từ|trong|khi|thì|mà|này|đó|nay|ký|gửi|tiếp|thăm|
nêu|trao|dự|tặng|chúc|nói|hỏi|khen|mời|dẫn|ghi|kêu|để|vào|ra|theo|trên|dưới|sau|trước|lên|xuống|hơn|vẫn|cũng|rất|đều|
hiện|ngày|sáng|chiều|tối|trưa|hôm|nhận|thay|làm|chủ trì|phát biểu|cho biết|làm việc|kiểm tra|nhấn mạnh|thay mặt|khẳng định|
yêu cầu|đề nghị|chỉ đạo|tham dự|trình bày|chia sẻ|cho rằng|đánh giá|phát động|chúc mừng|dẫn đầu|tiếp xúc|trả lời|giải trình|
thông tin|báo cáo|ký kết|ban hành|quán triệt|khai mạc|bế mạc|tuyên bố|công bố|động viên|biểu dương|ghi nhận|đồng thời|bày tỏ|
gặp gỡ|hội đàm|tiếp đón|đón|tiễn|điều hành|nhận định|lưu ý|đề xuất|kiến nghị|phân tích|giới thiệu|ủng hộ|cảm ơn|chia buồn|
viếng|dâng|thắp|thị sát|khảo sát|đôn đốc|trực tiếp|đích thân|lãnh đạo|chứng kiến|ra mắt|nhậm chức|tuyên thệ|vinh dự|
cũng như|hay|hoặc|nhưng|song|còn|vì|do|bởi|nếu|như|nên|rồi|luôn|đồng chí|ông|bà|anh|chị|người|của|trả|mừng|thông qua|
hát|phụ trách công tác|giữ|giữ chức|đảm nhiệm|đảm nhận|tái đắc cử|đắc cử|nghe|xem|đọc|viết|tới|qua|lại|sinh|mất|từ trần|qua đời|an táng|kêu gọi|trân trọng|triển khai|phóng viên|nhiệm kỳ|gặp|ứng cử|
bổ nhiệm|miễn nhiệm|trúng cử|cách chức|điều động|phê chuẩn|nghỉ hưu|cám ơn|tham gia|cũ|sang|phân công|quyết định|chỉ định|nhân dịp|nhân chuyến|thôi`
    .split('|')
    .map((p) => p.trim()),
);

/** Capitalised words that never start a person's name (organs, sentence openers, document words). */
export const NON_NAME_FIRST = new Set(
  `đảng|bộ|ban|sở|ủy|hội|tỉnh|thành|huyện|quận|xã|phường|thị|trung|quốc|nhà|chính|việt|tổng|cục|viện|tòa|liên|mặt|công|
văn|nghị|quyết|chỉ|kết|thông|luật|sáng|chiều|tối|trưa|đêm|ngày|tháng|năm|theo|tại|trong|các|những|khi|sau|trước|với|và|
ông|bà|anh|chị|thủ|phó|chủ|bí|đại|tiểu|trường|bệnh|học|ngân|kho|cảng|sân|đường|phố|cầu|chợ|lễ|tết|giải|cúp|báo|đài|tạp|
điện|quân|hạ|thượng|kỳ|khóa|lần|hội nghị|đồng|cùng|dự|tham|phát|về|từ|đến|để|nhân|qua|trên|dưới|ngoài|giữa|đây|đó|này|
khu|thôn|ấp|bản|làng|xóm|tổ|đội|phòng|vụ|trung tâm|lực|cơ|ủy ban|mttq|ubnd|hđnd|hợp|doanh|tập|ngành|cấp|
trưởng|tư|giám|thống|chánh|phân|chi|hiệp|tân|nguyên|quyền|đ/c|gs|pgs|ts|ths|hôm|hiện|tuy|nhưng|nếu|vì|do|bởi|như|hay|cổng|
đó|thế|có|là|được|đã|sẽ|lúc|vào|ra|lên|xuống|đi|mỗi|mọi|cả|toàn|hơn|gần|khoảng|riêng|chỉ|dù|cho|tiếp|bên|nội|ngoại|người|nhóm|hãng|quỹ|vùng`
    .split(/[|\s]+/)
    .flatMap(phraseKeys),
);
