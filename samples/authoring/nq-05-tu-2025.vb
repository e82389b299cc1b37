[grid 6.2 9.8]
= {14}**TỈNH ỦY QUẢNG NINH**
= {14}*
= {14}Số 05-NQ/TU
[cell]
= {15}**ĐẢNG CỘNG SẢN VIỆT NAM**
---
= {14}__Quảng Ninh, ngày 20 tháng 3 năm 2025__
[/grid]
~
= {15}**NGHỊ QUYẾT**
= **về phát triển kinh tế di sản gắn với du lịch bền vững giai đoạn 2025 - 2030, định hướng đến năm 2045**
-----
~
**I. TÌNH HÌNH VÀ NGUYÊN NHÂN**
Thực hiện Nghị quyết số 17-NQ/TU ngày 30/10/2023 của Ban Chấp hành Đảng bộ tỉnh về xây dựng và phát huy giá trị văn hóa, sức mạnh con người Quảng Ninh, kinh tế di sản đã bước đầu trở thành nguồn lực, động lực mới cho tăng trưởng. Năm 2024, tỉnh đón hơn 19 triệu lượt khách du lịch; tổng thu từ khách du lịch đạt khoảng 42.000 tỷ đồng, tăng 18% so với năm 2023.
Tuy nhiên, việc khai thác giá trị di sản còn phân tán, thiếu liên kết; hạ tầng tại nhiều khu di tích chưa đồng bộ; sản phẩm du lịch di sản chưa đa dạng; nguồn nhân lực chất lượng cao còn thiếu.
**II. MỤC TIÊU**
**1. Mục tiêu chung:** Phát triển kinh tế di sản trở thành trụ cột quan trọng của khu vực dịch vụ, góp phần đưa Quảng Ninh trở thành trung tâm du lịch quốc tế, điểm đến hấp dẫn trọn vẹn bốn mùa.
**2. Mục tiêu cụ thể đến năm 2030:**
- Đón 30 triệu lượt khách du lịch, trong đó khách quốc tế đạt 8 triệu lượt.
- Tổng thu từ khách du lịch đạt 100.000 tỷ đồng, gấp 2,4 lần so với năm 2024.
- Tỷ trọng du lịch trong GRDP đạt khoảng 15%.
- 100% di tích quốc gia đặc biệt trên địa bàn được số hóa và có hồ sơ quản lý điện tử.
**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**
1. Phối hợp hoàn thành các thủ tục để UNESCO xem xét, công nhận quần thể di tích và danh thắng Yên Tử - Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc là di sản văn hóa thế giới.
2. Huy động tổng nguồn vốn khoảng 25.000 tỷ đồng cho các dự án bảo tồn, tôn tạo di tích và hạ tầng du lịch giai đoạn 2025 - 2030, trong đó vốn ngân sách nhà nước chiếm không quá 30%.
3. Xây dựng cơ sở dữ liệu số về di sản, hoàn thành trong Quý IV/2025; phát triển các sản phẩm du lịch di sản gắn với công nghệ số.
**IV. TỔ CHỨC THỰC HIỆN**
1. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo cụ thể hóa Nghị quyết thành cơ chế, chính sách; Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/4/2025.
2. Nghị quyết này thay thế Kết luận số 52-KL/TU ngày 15/8/2019 của Ban Thường vụ Tỉnh ủy và được phổ biến đến chi bộ.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- Ban Bí thư (để b/c),
< {11}- Văn phòng Trung ương Đảng,
< {11}- Các đồng chí Tỉnh ủy viên,
< {11}- Các đảng bộ trực thuộc Tỉnh ủy,
< {11}- Lưu Văn phòng Tỉnh ủy.
[cell]
= {14}**T/M TỈNH ỦY**
= {14}**BÍ THƯ**
~
~
= {14}**Đặng Quốc Hưng**
[/grid]
