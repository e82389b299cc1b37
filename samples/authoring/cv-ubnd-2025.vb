[grid 6.2 9.8]
= {13}**ỦY BAN NHÂN DÂN**
= {13}**TỈNH QUẢNG NINH**
---
[cell]
= {13}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số: 1234/UBND-KT
= {12}V/v báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2025
[cell]
= {14}__Quảng Ninh, ngày 05 tháng 6 năm 2025__
[/grid]
~
[grid 4.0 12.0]
> {14}Kính gửi:
[cell]
< {14}- Các sở, ban, ngành thuộc tỉnh;
< {14}- Ủy ban nhân dân các huyện, thị xã, thành phố.
[/grid]
~
Thực hiện Công văn số 4120/BTC-TH ngày 28/5/2025 của Bộ Tài chính về việc xây dựng báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2025, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị, địa phương thực hiện các nội dung sau:
1. Đánh giá tình hình thực hiện các chỉ tiêu, nhiệm vụ được giao 6 tháng đầu năm 2025 và ước thực hiện cả năm; làm rõ các chỉ tiêu có nguy cơ không đạt kế hoạch, nguyên nhân và trách nhiệm.
2. Theo số liệu sơ bộ, tốc độ tăng trưởng GRDP 6 tháng đầu năm 2025 ước đạt 9,6%, thấp hơn kịch bản tăng trưởng đã đề ra (10,5%); thu ngân sách nhà nước trên địa bàn đạt 25.300 tỷ đồng, bằng 45% dự toán năm. Các cơ quan, đơn vị cần đề xuất giải pháp cụ thể để bảo đảm mục tiêu tăng trưởng cả năm đạt từ 12% trở lên theo Nghị quyết số 12/NQ-HĐND ngày 12/12/2024 của Hội đồng nhân dân tỉnh.
3. Báo cáo gửi về Sở Tài chính trước ngày 20/6/2025 (đồng thời gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 25/6/2025.
Đề nghị các cơ quan, đơn vị, địa phương khẩn trương thực hiện./.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- Như trên;
< {11}- CT, các PCT UBND tỉnh;
< {11}- V0, V1, TH;
< {11}- Lưu: VT, KT.
[cell]
= {14}**TL. CHỦ TỊCH**
= {14}**CHÁNH VĂN PHÒNG**
~
~
= {14}**Đỗ Thị Thu Hà**
[/grid]
