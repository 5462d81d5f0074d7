import { phraseSet } from './phrase-lexicon';

/** Provinces, big cities and countries: capitalised like names, never people. */
export const PLACES = phraseSet(
  `An Giang|Bà Rịa|Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Cạn|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|
Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắc Lắc|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|
Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|
Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|
Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Thừa Thiên - Huế|Huế|
Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Hồ Chí Minh|TP Hồ Chí Minh|Sài Gòn|Gia Định|Chợ Lớn|Thủ Đức|
Việt Nam|Hoa Kỳ|Trung Quốc|Nhật Bản|Hàn Quốc|Đại Hàn Dân Quốc|Đại Hàn|LB Nga|Thái Lan|Lào|Campuchia|Ấn Độ|Nga|Liên bang Nga|Pháp|Đức|Anh|Mỹ|
Singapore|Trung Hoa|Viêng Chăn|CHDCND Lào|CHND Trung Hoa|CHXHCN Việt Nam|CHLB Đức|CHLB Nga|CHDCND Triều Tiên|Malaysia|Indonesia|Philippines|Australia|Úc|Cu Ba|Cuba|Triều Tiên|Tây Nguyên|Nam Bộ|Bắc Bộ|Trung Bộ|
Tây Bắc|Đông Bắc|Đồng bằng sông Cửu Long|Phú Quốc|Côn Đảo|Hoàng Sa|Trường Sa|Mê Kông|Mekong|
New Zealand|Hà Lan|Thụy Điển|Thụy Sĩ|Na Uy|Đan Mạch|Phần Lan|Ba Lan|Tây Ban Nha|Bồ Đào Nha|Italy|Italia|Ý|Canada|
Brazil|Argentina|Mexico|Chile|Myanmar|Brunei|Timor-Leste|Đông Timor|Mông Cổ|Nam Phi|Ai Cập|Israel|Iran|Iraq|
Thổ Nhĩ Kỳ|Ả Rập Xê Út|Saudi Arabia|Qatar|Kuwait|Pakistan|Bangladesh|Sri Lanka|Nepal|Ukraine|Belarus|Kazakhstan|
Hungary|Séc|Slovakia|Áo|Bỉ|Hy Lạp|Ireland|Venezuela|Peru|Colombia|Nigeria|Mozambique|Angola|Algeria|Ma-rốc|Morocco|
Đài Loan|Hồng Kông|Ma Cao|Papua New Guinea|Fiji|Romania|Bulgaria|Serbia|Kenya|Ethiopia|Luxembourg|
Maroc|Jordan|Palestine|Estonia|Latvia|Litva|Lithuania|Tajikistan|Uzbekistan|Turkmenistan|Kyrgyzstan|Azerbaijan|Armenia|
Gruzia|Georgia|Moldova|Slovenia|Croatia|Bosnia và Herzegovina|Montenegro|Albania|Bắc Macedonia|Macedonia|Kosovo|Síp|Cyprus|
Malta|Iceland|Monaco|Vatican|Tòa Thánh Vatican|Andorra|Liechtenstein|San Marino|Cộng hòa Séc|Vương quốc Anh|Anh Quốc|
Scotland|Liban|Lebanon|Syria|Yemen|Oman|Bahrain|Các Tiểu vương quốc Ả Rập Thống nhất|UAE|Afghanistan|Bhutan|Maldives|
Lào|Mauritius|Madagascar|Mozambique|Tanzania|Uganda|Rwanda|Burundi|Zambia|Zimbabwe|Namibia|Botswana|Malawi|Ghana|
Senegal|Mali|Niger|Burkina Faso|Bờ Biển Ngà|Côte d'Ivoire|Cameroon|Gabon|Congo|Sudan|Nam Sudan|Somalia|Eritrea|Djibouti|
Libya|Tunisia|Mauritania|Liberia|Sierra Leone|Guinea|Guinea Xích Đạo|Gambia|Togo|Benin|Cabo Verde|Seychelles|Comoros|
Ecuador|Bolivia|Paraguay|Uruguay|Guyana|Suriname|Panama|Costa Rica|Nicaragua|Honduras|El Salvador|Guatemala|Belize|
Jamaica|Haiti|Cộng hòa Dominica|Dominica|Trinidad và Tobago|Barbados|Bahamas|Samoa|Tonga|Vanuatu|Quần đảo Solomon|
Kiribati|Palau|Nauru|Tuvalu|Micronesia|Quần đảo Marshall|Đông Timor|Timor Leste|Ả Rập|Nam Triều Tiên|Bắc Triều Tiên|
TP.HCM|TPHCM|TP HCM|Tp.HCM|Liên minh châu Âu|Liên hợp quốc|Liên Hiệp Quốc|ASEAN|EU|châu Âu|châu Á|châu Phi|châu Mỹ|châu Đại Dương|Mỹ Latinh|Đông Nam Á|Trung Đông|Nam Á|Trung Á|Đông Á|Bắc Âu|Tây Âu|Đông Âu`.split('|').map((p) => p.trim()).concat(
    // Countries as Vietnamese papers transliterate them, syllable by syllable ("Thủ tướng Cam-pu-chia Hun Xen").
    `Cam-pu-chia|Mi-an-ma|In-đô-nê-xi-a|Ma-lai-xi-a|Xin-ga-po|Phi-líp-pin|Bru-nây|Ai-len|Ô-xtrây-li-a|Ốt-xtrây-li-a|
Ác-hen-ti-na|Bra-xin|Cu-ba|Mê-hi-cô|Chi-lê|Ca-na-đa|I-ta-li-a|Ả-rập Xê-út|Cô-oét|I-ran|I-rắc|I-xra-en|Ix-ra-en|
Pa-le-xtin|Lát-vi-a|Ê-xtô-ni-a|Hung-ga-ri|Bun-ga-ri|Ru-ma-ni|U-crai-na|Ukraina|Ca-dắc-xtan|Mô-dăm-bích|Ăng-gô-la|An-giê-ri|
Ni-giê-ri-a|Ni-ca-ra-goa|Vê-nê-xu-ê-la|Pê-ru|Cô-lôm-bi-a|Ê-cu-a-đo|Pa-na-ma|Xri Lan-ca|Nê-pan|Băng-la-đét|Pa-ki-xtan|
Ô-man|Ca-ta|Gioóc-đa-ni|Li-băng|Xy-ri|Y-ê-men|Tan-da-ni-a|Kê-ni-a|Ê-ti-ô-pi-a|Xu-đăng|Ma-rốc|Tuy-ni-di|Li-bi|
Niu Di-lân|Xlô-va-ki-a|Xlô-ve-ni-a|Crô-a-ti-a|Xéc-bi-a|Bê-la-rút|Lít-va|Gru-di-a|Ác-mê-ni-a|A-déc-bai-gian|
U-dơ-bê-ki-xtan|Tát-gi-ki-xtan|Cư-rơ-gư-xtan|Tuốc-mê-ni-xtan|Pa-pua Niu Ghi-nê|Phi-gi|Ca-dắc-xtan|Mông-gô-li-a|
Czech|Séc|Ba Lan|Bê-la-rút|Lào|Thái Lan|Xu-ri-nam|Mô-ri-ta-ni|Xê-nê-gan|Ma-li|Ghi-nê|Bê-nanh|Tô-gô|Ga-na|
Ca-mơ-run|Ga-bông|Công-gô|Xô-ma-li|Mô-dăm-bích|Dim-ba-bu-ê|Dăm-bi-a|Na-mi-bi-a|Bốt-xoa-na|Ma-đa-ga-xca|Mô-na-cô|
Lúc-xăm-bua|Ai-xơ-len|Man-ta|Síp|Hy Lạp|An-ba-ni|Mác-xê-đô-ni-a|Mông-tê-nê-grô|Bô-xni-a Héc-dê-gô-vi-na|Cô-xô-vô|
Ô-xtơ-rây-li-a|Niu-di-lân|Hoa-kỳ|Pa-ra-goay|U-ru-goay|Bô-li-vi-a|Gua-tê-ma-la|Hôn-đu-rát|En Xan-va-đo|Cô-xta Ri-ca|
Gia-mai-ca|Ha-i-ti|Đô-mi-ni-ca|Ba-ha-ma|Bác-ba-đốt|Xa-moa|Tông-ga|Va-nu-a-tu|Ki-ri-ba-ti|Pa-lau|Na-u-ru|Tu-va-lu|
Mi-crô-nê-xi-a|Ti-mo Lét-xtê|Đông Ti-mo|Bu-tan|Man-đi-vơ|Áp-ga-ni-xtan|Ba-ranh|Li-bê-ri-a|Xi-ê-ra Lê-ôn|Găm-bi-a|
Ru-an-đa|U-gan-đa|Bu-run-đi|Ê-ri-tơ-rê-a|Gi-bu-ti|Ma-la-uy|Mô-ri-xơ|Xây-sen|Cô-mo|Cáp Ve|Pa-ki-stan`
      .split('|').map((p) => p.trim().replace(/-/g, ' - ')),
    // Provinces, states and cities abroad that news names beside their officials ("Tỉnh trưởng tỉnh Khăm Muộn …",
    // "Thống đốc bang California …").
    `Khăm Muộn|Xiêng Khoảng|Chăm Pa Sắc|Champasak|Savannakhet|Xa-vằn-na-khệt|Xa-vẳn-na-khệt|Luang Prabang|Luông Pha-bang|
Luông Prabang|Hủa Phăn|Houaphanh|Bò Kẹo|Bokeo|Sê Kông|Sekong|Attapeu|A-tô-pư|Xay-nha-bu-ly|Sayaboury|U-đôm-xay|Oudomxay|
Phông-sả-lỳ|Phongsaly|Luông Nậm Thà|Luang Namtha|Bo-ly-khăm-xay|Bolikhamxay|Sa-la-van|Salavan|Xê Kông|Xay-sổm-bun|
Tboung Khmum|Svay Rieng|Kampong Cham|Công-pông Chàm|Takeo|Ta-keo|Kandal|Ratanakiri|Ratanakiri|Mondulkiri|Kampot|Kep|
Battambang|Bát-tam-bang|Siem Reap|Xiêm Riệp|Prey Veng|Kratie|Kra-chê|Stung Treng|Preah Vihear|Pursat|Koh Kong|
Phnom Penh|Phnôm Pênh|Sihanoukville|Quảng Tây|Vân Nam|Quảng Đông|Quảng Châu|Bắc Kinh|Thượng Hải|
Thâm Quyến|California|Texas|New York|Washington|
Los Angeles|San Francisco|Hawaii|Florida|Massachusetts|Tokyo|Osaka|Kyoto|Kanagawa|Fukuoka|Hiroshima|Mie|Aichi|Seoul|
Busan|Gyeonggi|Incheon|Daegu|Ansan|Moscow|Mát-xcơ-va|Xanh Pê-téc-bua|Paris|London|Berlin|Sydney|Melbourne|Bangkok|
Vientiane|Yangon|Jakarta|Manila|Kuala Lumpur|Đài Bắc`
      .split('|').map((p) => p.trim().replace(/-/g, ' - ')),
  ),
);
