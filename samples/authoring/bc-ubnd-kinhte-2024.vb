[grid 6.2 9.8]
= {13}**ỦY BAN NHÂN DÂN**
= {13}**TỈNH QUẢNG NINH**
---
[cell]
= {13}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số: 402/BC-UBND
[cell]
= {14}__Quảng Ninh, ngày 25 tháng 11 năm 2024__
[/grid]
~
= **BÁO CÁO**
= **Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 và kế hoạch năm 2025**
-----
Thực hiện Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2024 và Nghị quyết số 205/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024, Ủy ban nhân dân tỉnh báo cáo như sau:
**I. KẾT QUẢ THỰC HIỆN NĂM 2024**
Năm 2024, kinh tế của tỉnh chịu tác động nặng nề của bão số 3 (Yagi) đổ bộ ngày 07/9/2024, gây thiệt hại hơn 28.000 tỷ đồng. Với sự vào cuộc quyết liệt của cả hệ thống chính trị, sản xuất, kinh doanh nhanh chóng được khôi phục; riêng Quý IV/2024 tốc độ tăng trưởng GRDP ước đạt 10,2%. Kết quả thực hiện các chỉ tiêu chủ yếu như sau:
~
= {13}**Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024**
[table 1.1 5.6 2.1 2.4 2.4 2.4 align=clcrrr]
**STT** | **Chỉ tiêu** | **Đơn vị** | **Kế hoạch 2024** | **Ước thực hiện 2024** | **So với KH (%)**
1 | Tốc độ tăng trưởng GRDP | % | 10 | 8,42 | 84,2
2 | GRDP bình quân đầu người | USD | 10.500 | 10.250 | 97,6
3 | Tổng thu ngân sách nhà nước trên địa bàn | tỷ đồng | 55.600 | 56.120 | 100,9
4 | Trong đó: thu nội địa | tỷ đồng | 40.050 | 41.300 | 103,1
5 | Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) | triệu USD | 3.000 | 2.800 | 93,3
6 | Kim ngạch xuất khẩu | triệu USD | 4.500 | 4.750 | 105,6
7 | Tổng khách du lịch | nghìn lượt | 17.000 | 19.000 | 111,8
8 | Trong đó: khách quốc tế | nghìn lượt | 3.000 | 3.500 | 116,7
9 | Sản lượng than nguyên khai | triệu tấn | 50 | 51,2 | 102,4
10 | Tỷ lệ che phủ rừng | % | 55 | 55 | 100
11 | Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều của tỉnh) | % | dưới 0,5 | 0,13 | Đạt
[/table]
~
**II. KẾ HOẠCH NĂM 2025**
Năm 2025, Ủy ban nhân dân tỉnh đề xuất các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP đạt từ 12% trở lên; tổng thu ngân sách nhà nước trên địa bàn đạt 56.000 tỷ đồng; thu hút FDI đạt ít nhất 3 tỷ USD; đón 20 triệu lượt khách du lịch. Các chỉ tiêu này đã được Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh tại Tờ trình số 3560/TTr-UBND ngày 25/11/2024 để xem xét, quyết định tại kỳ họp cuối năm.
Ủy ban nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh xem xét./.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- Thường trực HĐND tỉnh;
< {11}- Các đại biểu HĐND tỉnh;
< {11}- CT, các PCT UBND tỉnh;
< {11}- Các sở, ban, ngành;
< {11}- Lưu: VT, TH.
[cell]
= {14}**TM. ỦY BAN NHÂN DÂN**
= {14}**CHỦ TỊCH**
~
~
= {14}**Hoàng Văn Bình**
[/grid]
