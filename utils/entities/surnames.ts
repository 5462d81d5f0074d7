import { phraseKeys } from './phrase-lexicon';

// Family names, roughly by frequency (domain-vi.md §3d), plus common ones of ethnic minorities.
const LIST = `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Đoàn Đào
Trịnh Hà Mai Lương Cao Phùng Lưu Lâm Tạ Chu Vương Thái Quách Triệu Tô Kiều Nông Châu Lại Đàm La Ma Hứa
Tăng Tống Bạch Khuất Đồng Giang Nghiêm Lữ Từ Vi Diệp Phí Cấn Lò Tôn Lục Thân Mạc Hầu Doãn Ninh Thạch Sơn
Kim Danh Giáp Bế Uông Cầm Khang Quàng Âu Mẫn Lã Hàn Khổng Mông Kha Lăng Sầm Bàn Chẩu Tòng Vừ Giàng Sùng
Thào Mùa Lầu Mã Viên Cù Đới Đậu Ung Khúc Ông Văn Lục Hoàng Nhữ Ưng Yên Thiều Quan Lường Lô Hà Quản
Y Ksor Nay Siu Niê Rơ Kpă Rcom Bùi Đèo Hoàng Trình Đường Bảo Chế Tiêu Hồng Biện Lèo Rah Rmah Điểu Kpuih Chau Sơn Tất Chung
Tập Đổng Lư Liêu Đan Nhan Mạch Ngọ Lỗ Vòng Sa Chá Cứ Hạng Hờ Tráng Sình Chớ Lồ Mạnh Khưu A Đôn Du`;

/** Family names (lower case, normalised). */
export const SURNAMES = new Set(LIST.split(/\s+/).flatMap(phraseKeys));
