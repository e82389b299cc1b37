[grid 7.6 8.4]
= {12}ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
= {13}**SỞ DU LỊCH**
---
[cell]
= {12}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số: 156/BC-SDL
[cell]
= {14}__Quảng Ninh, ngày 08 tháng 7 năm 2024__
[/grid]
~
= **BÁO CÁO**
= **Kết quả hoạt động du lịch 6 tháng đầu năm 2024, nhiệm vụ trọng tâm 6 tháng cuối năm 2024**
-----
Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân tỉnh về phát triển du lịch năm 2024, Sở Du lịch báo cáo kết quả như sau:
**I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024**
6 tháng đầu năm 2024, toàn tỉnh đón khoảng 10,2 triệu lượt khách du lịch, tăng 12,3% so với cùng kỳ năm 2023, đạt 60% kế hoạch năm; trong đó khách quốc tế ước đạt 1,4 triệu lượt, gấp 2,1 lần so với cùng kỳ. Tổng thu từ khách du lịch ước đạt 20.600 tỷ đồng, tăng 17,5% so với cùng kỳ.
Công suất sử dụng phòng của các cơ sở lưu trú bình quân đạt 52%. Các sản phẩm du lịch biển, đảo, du lịch văn hóa tâm linh tiếp tục thu hút du khách; du lịch tàu biển phục hồi với nhiều chuyến tàu quốc tế cập cảng Hạ Long.
**II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024**
1. Phấn đấu cả năm 2024 đón trên 17 triệu lượt khách, trong đó khách quốc tế 3 triệu lượt; tổng thu từ khách du lịch đạt 42.000 tỷ đồng.
2. Chuẩn bị các điều kiện tổ chức chuỗi hoạt động kỷ niệm 30 năm vịnh Hạ Long được UNESCO công nhận là di sản thiên nhiên thế giới (17/12/1994 - 17/12/2024).
3. Tăng cường kiểm tra, bảo đảm môi trường du lịch an ninh, an toàn, văn minh; xử lý nghiêm các hành vi chèo kéo, ép giá du khách.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- UBND tỉnh (b/c);
< {11}- Tổng cục Du lịch (b/c);
< {11}- Giám đốc, các PGĐ Sở;
< {11}- Lưu: VT, QLDL.
[cell]
= {14}**KT. GIÁM ĐỐC**
= {14}**PHÓ GIÁM ĐỐC**
~
~
= {14}**Phạm Thu Trang**
[/grid]
