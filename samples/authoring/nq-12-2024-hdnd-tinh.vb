[grid 6.2 9.8]
= {13}**HỘI ĐỒNG NHÂN DÂN**
= {13}**TỈNH QUẢNG NINH**
---
[cell]
= {13}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số: 12/NQ-HĐND
[cell]
= {14}__Quảng Ninh, ngày 12 tháng 12 năm 2024__
[/grid]
~
= **NGHỊ QUYẾT**
= **Về kế hoạch phát triển kinh tế - xã hội năm 2025**
-----
= **HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH**
= **KHÓA XIV, KỲ HỌP THỨ 23**
~
__Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương năm 2019;__
__Căn cứ Quyết định số 80/QĐ-TTg ngày 11 tháng 02 năm 2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Quảng Ninh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;__
__Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2024 và Nghị quyết số 205/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024;__
__Xét Tờ trình số 3560/TTr-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và ý kiến thảo luận, biểu quyết của các đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.__
~
= **QUYẾT NGHỊ:**
~
**Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2024**
Hội đồng nhân dân tỉnh thống nhất với đánh giá của Ủy ban nhân dân tỉnh tại Báo cáo số 402/BC-UBND ngày 25/11/2024 về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024. Trong bối cảnh chịu thiệt hại nặng nề do bão số 3 (Yagi) gây ra, ước tính hơn 28.000 tỷ đồng, kinh tế của tỉnh vẫn giữ được đà tăng trưởng: tốc độ tăng trưởng kinh tế năm 2024 ước đạt 8,42%; thu hút đầu tư trực tiếp nước ngoài (FDI) đạt trên 2,8 tỷ USD; tổng khách du lịch đạt hơn 19 triệu lượt khách, trong đó khách quốc tế đạt 3,5 triệu lượt.
**Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2025**
**1. Mục tiêu tổng quát:** Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025. Tập trung nâng cao chất lượng tăng trưởng, phát triển kinh tế xanh, kinh tế số, kinh tế di sản; bảo đảm an sinh xã hội; giữ vững quốc phòng, an ninh.
**2. Các chỉ tiêu chủ yếu năm 2025:**
a) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) phấn đấu đạt từ 12% trở lên.
b) GRDP bình quân đầu người đạt trên 11.000 USD.
c) Tổng thu ngân sách nhà nước trên địa bàn đạt 56.000 tỷ đồng, trong đó thu nội địa đạt 42.000 tỷ đồng.
d) Tổng vốn đầu tư toàn xã hội tăng 12,5%.
đ) Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt ít nhất 3 tỷ USD.
e) Tổng khách du lịch đạt 20 triệu lượt khách, trong đó khách quốc tế đạt 4 triệu lượt; tổng thu từ khách du lịch đạt 50.000 tỷ đồng.
g) Sản lượng than nguyên khai đạt 48 - 50 triệu tấn; sản lượng điện sản xuất đạt 22 tỷ kWh.
h) Tỷ lệ giải ngân vốn đầu tư công đến ngày 31/12/2025 đạt 100% kế hoạch vốn được giao.
i) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm còn dưới 0,5%.
k) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%; số giường bệnh đạt 36 giường bệnh/1 vạn dân.
l) Tỷ lệ che phủ rừng duy trì ổn định ở mức 55%.
**Điều 3. Tổ chức thực hiện**
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; tiếp tục triển khai thực hiện Nghị quyết số 17-NQ/TU ngày 30/10/2023 của Ban Chấp hành Đảng bộ tỉnh về xây dựng và phát huy giá trị văn hóa, sức mạnh con người Quảng Ninh; định kỳ báo cáo kết quả tại các kỳ họp thường lệ của Hội đồng nhân dân tỉnh.
2. Thường trực Hội đồng nhân dân tỉnh, các ban, các tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV, Kỳ họp thứ 23 thông qua ngày 12 tháng 12 năm 2024 và có hiệu lực từ ngày thông qua./.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- Ủy ban Thường vụ Quốc hội;
< {11}- Chính phủ;
< {11}- Ban Công tác đại biểu (UBTVQH);
< {11}- TT Tỉnh ủy, HĐND, UBND tỉnh;
< {11}- Các ban HĐND tỉnh;
< {11}- Các đại biểu HĐND tỉnh;
< {11}- Lưu: VT.
[cell]
= {14}**TM. HỘI ĐỒNG NHÂN DÂN**
= {14}**CHỦ TỊCH**
~
= {14}__(Đã ký)__
~
= {14}**Nguyễn Minh Sơn**
[/grid]
