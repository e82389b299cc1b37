[grid 6.2 9.8]
= {13}**ỦY BAN NHÂN DÂN**
= {13}**TỈNH QUẢNG NINH**
---
[cell]
= {13}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số: 25/2025/QĐ-UBND
[cell]
= {14}__Quảng Ninh, ngày 20 tháng 3 năm 2025__
[/grid]
~
= **QUYẾT ĐỊNH**
= **Ban hành Quy chế phối hợp thu thập, tổng hợp và công bố số liệu chỉ tiêu kinh tế - xã hội trên địa bàn tỉnh Quảng Ninh**
-----
= **ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH**
~
__Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;__
__Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;__
__Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;__
__Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;__
__Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 215/TTr-STC ngày 14 tháng 3 năm 2025.__
~
= **QUYẾT ĐỊNH:**
~
**Điều 1.** Ban hành kèm theo Quyết định này Quy chế phối hợp thu thập, tổng hợp và công bố số liệu chỉ tiêu kinh tế - xã hội trên địa bàn tỉnh Quảng Ninh.
**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số 1350/QĐ-UBND ngày 12/5/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế cung cấp thông tin kinh tế - xã hội phục vụ công tác chỉ đạo, điều hành.
**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, thủ trưởng các ban, ngành thuộc tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- Như Điều 3;
< {11}- Văn phòng Chính phủ;
< {11}- Cục Kiểm tra VBQPPL (Bộ Tư pháp);
< {11}- TT Tỉnh ủy, TT HĐND tỉnh;
< {11}- CT, các PCT UBND tỉnh;
< {11}- Lưu: VT, TH.
[cell]
= {14}**TM. ỦY BAN NHÂN DÂN**
= {14}**KT. CHỦ TỊCH**
= {14}**PHÓ CHỦ TỊCH**
~
~
= {14}**Trần Thị Lan Hương**
[/grid]
[pagebreak]
[grid 6.2 9.8]
= {13}**ỦY BAN NHÂN DÂN**
= {13}**TỈNH QUẢNG NINH**
---
[cell]
= {13}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[/grid]
~
= **QUY CHẾ**
= **Phối hợp thu thập, tổng hợp và công bố số liệu chỉ tiêu kinh tế - xã hội trên địa bàn tỉnh Quảng Ninh**
= __(Kèm theo Quyết định số 25/2025/QĐ-UBND ngày 20 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh)__
-----
**Điều 1. Phạm vi điều chỉnh**
Quy chế này quy định trách nhiệm, thời hạn và cách thức phối hợp giữa các cơ quan, đơn vị trong thu thập, tổng hợp và công bố số liệu về các chỉ tiêu kinh tế - xã hội chủ yếu của tỉnh.
**Điều 2. Thời hạn gửi số liệu**
1. Số liệu ước thực hiện hằng tháng gửi về Sở Tài chính trước ngày 20 của tháng báo cáo.
2. Số liệu quý gửi trước ngày 15 của tháng cuối quý; riêng số liệu 6 tháng đầu năm 2025 gửi trước ngày 15/6/2025.
3. Số liệu ước thực hiện cả năm gửi trước ngày 15/11.
**Điều 3. Công bố số liệu**
Số liệu chính thức về tốc độ tăng trưởng kinh tế, thu ngân sách nhà nước và các chỉ tiêu chủ yếu khác do cơ quan thống kê công bố theo quy định; các sở, ngành không tự công bố số liệu khác với số liệu đã được công bố.
**Điều 4. Tổ chức thực hiện**
Sở Tài chính chủ trì, theo dõi, đôn đốc việc thực hiện Quy chế này; tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh trong Quý IV/2025.
