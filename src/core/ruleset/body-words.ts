import type { Provenance } from './types';

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa trong văn bản hành chính), mục tên cơ quan, tổ
 * chức: a capital on the first letter of the words naming the kind of body and its function or
 * field ("Bộ Tài nguyên và Môi trường", "Sở Tài chính", "Hội Liên hiệp Phụ nữ Việt Nam"); mục tên
 * địa lý: each syllable of a place's own name ("xã Hòa An"). The decree's text is not in
 * legal-texts/: from secondary summaries of that Phụ lục (atslegal.vn "05 trường hợp phải viết hoa
 * theo quy định pháp luật"; lawnet.vn quoting the same rule and examples from Nghị định
 * 78/2025/NĐ-CP, Phụ lục I). Which words of a commune's bodies are fields and which are common
 * nouns is this project's reading of those examples, not the decree's list.
 */
const PHU_LUC_II: Provenance = { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên cơ quan, tổ chức; tên địa lý)', status: 'secondary' };

/**
 * The functions and fields of bodies, as a body's name writes them after its kind: a capital on the
 * first word only ("Trung tâm Y tế", "Ngân hàng Chính sách xã hội", "Trung tâm Văn hóa - Thể thao
 * và Truyền thanh", "Hợp tác xã Nông nghiệp"), read in a name typed in capitals or small letters.
 * The fields of the specialised offices of a province and a commune, and of the bodies a commune's
 * evidence and Nơi nhận name (its Hội, its centres, its party committee's boards).
 */
export const BODY_FIELDS: { names: readonly string[]; provenance: Provenance } = {
  names: [
    'Chính sách xã hội',
    'Phát triển nông thôn',
    'Giáo dục nghề nghiệp',
    'Giáo dục thường xuyên',
    'Người cao tuổi',
    'Cựu chiến binh',
    'Chữ thập đỏ',
    'Bảo hiểm xã hội',
    // A province's social centres, numbered ("Trung tâm Bảo trợ xã hội 1", "Trung tâm Công tác xã hội 2"), and its Hội
    // ("Hội Bảo trợ người khuyết tật"): one field of two words, never "Bảo Trợ" when typed in capitals.
    'Bảo trợ xã hội',
    'Công tác xã hội',
    'Bảo trợ',
    // The commune's one-stop office since 07/2025 ("Trung tâm Phục vụ hành chính công xã"), the province's job and legal-aid
    // centres: each one field, its later words small.
    'Phục vụ hành chính công',
    'Dịch vụ việc làm',
    'Trợ giúp pháp lý nhà nước',
    'Trợ giúp pháp lý',
    'Bảo vệ thực vật',
    'Y tế',
    'Đa khoa',
    'Dưỡng sinh',
    'Đại diện',
    'Dân số',
    'Văn hóa',
    'Thể thao',
    'Du lịch',
    'Truyền thanh',
    'Truyền hình',
    'Phát thanh',
    'Thông tin',
    'Truyền thông',
    'Nông nghiệp',
    'Môi trường',
    'Tài nguyên',
    'Tài chính',
    'Kế hoạch',
    'Đầu tư',
    'Nội vụ',
    'Tư pháp',
    'Lao động',
    'Thương binh',
    'Xã hội',
    'Khoa học',
    'Công nghệ',
    'Giao thông',
    'Vận tải',
    'Kinh tế',
    'Hạ tầng',
    'Đô thị',
    'Quản lý',
    'Thống kê',
    'Dân tộc',
    'Tôn giáo',
    'Thanh tra',
    'Tuyên giáo',
    'Dân vận',
    'Tổ chức',
    'Kiểm tra',
    'Chấp hành',
    'Thường vụ',
    'Khuyến học',
    'Khuyến nông',
    'Nông dân',
    'Phụ nữ',
    'Liên hiệp',
    'Thanh niên',
    'Quân sự',
    'Địa chính',
    'Dịch vụ',
    'Thú y',
    'Ngoại vụ',
    'Công Thương',
    'Giáo dục',
    'Đào tạo',
    'Hành chính',
    'Pháp chế',
    'Nội chính',
    'Thi đua',
    'Khen thưởng',
    'Sư phạm',
    'Kỹ thuật',
    'Công tác',
    'Mặt trận',
    'Chỉ huy',
    'Thẩm định',
    // The children's houses and palaces ("Nhà Thiếu nhi tỉnh", "Cung Thiếu nhi"), and the fields of a commune's civil
    // servants beside "Văn hóa - Xã hội" ("Công chức Tài chính - Kế toán", "Tư pháp - Hộ tịch").
    'Thiếu nhi',
    'Kế toán',
    'Hộ tịch',
    // The Hội beside the Hội Khuyến học in a commune's evidence ("Hội Cựu giáo chức", "Hội Cựu thanh niên xung phong", "Hội
    // Luật gia", "Hội Đông y", "Hội Người mù", "Hội Làm vườn") and offices named for one field of several words ("Phòng Quản
    // lý đô thị", "Bộ Giao thông vận tải"): each one field, its later words small.
    'Cựu giáo chức',
    'Cựu thanh niên xung phong',
    'Luật gia',
    'Đông y',
    'Người mù',
    'Làm vườn',
    'Quản lý đô thị',
    'Giao thông vận tải',
    // "Kho bạc Nhà nước": the state as the treasury's field ("Trợ giúp pháp lý nhà nước", a longer field, keeps it small).
    'Nhà nước',
  ],
  provenance: PHU_LUC_II,
};

/**
 * Titles (chức vụ, chức danh) as a document writes them before a body's name or alone: a capital on
 * the first word only ("Chủ tịch Hội Khuyến học xã", "Chủ nhiệm HTX Nông nghiệp", "Chánh Văn phòng
 * HĐND và UBND xã", "Hiệu trưởng Trường THCS Hòa An"); "Phó" before one is read apart ("Phó Chủ
 * nhiệm"). The body after a title is written as a body. Usage of commune documents: the decree's
 * rule for titles (Nghị định 30/2020, Phụ lục II) is not in legal-texts/ nor in the secondary summary
 * PHU_LUC_II cites for bodies, so the list is unverified.
 */
export const BODY_TITLES: { names: readonly string[]; provenance: Provenance } = {
  names: ['Chỉ huy trưởng', 'Hiệu trưởng', 'Trưởng phòng', 'Trưởng ban', 'Chủ tịch', 'Chủ nhiệm', 'Chánh Văn phòng', 'Giám đốc', 'Bí thư'],
  provenance: { ref: 'usage of commune documents (titles before a body: "Chủ nhiệm HTX Nông nghiệp"); Nghị định 30/2020/NĐ-CP, Phụ lục II (tên chức vụ) not read', status: 'unverified' },
};

/**
 * Common nouns and words of bodies' names, in small letters wherever they stand after the name's
 * first word ("các thôn, buôn", "Trung tâm Y tế khu vực Ea Kar", "Ban Chỉ đạo phổ cập giáo dục xã",
 * "Trường THPT chuyên Lê Quý Đôn", "(cũ)"): a kind of body named without its own name ("các
 * trường", "các ban, ngành"), the tasks of a Ban Chỉ đạo ("xây dựng xã hội học tập" is in
 * NAME_PHRASES), and the words around a place. Longer phrases win over a field inside them
 * ("phổ cập giáo dục", "tổ chức chính trị - xã hội").
 */
export const BODY_COMMON_WORDS: { names: readonly string[]; provenance: Provenance } = {
  names: [
    'tổ chức chính trị - xã hội',
    'chính trị - xã hội',
    // A task of a Ban Chỉ đạo and the state's name, never "xã Hội Hóa", "xã Hội Chủ Nghĩa" (COMMON_NOT_UNITS).
    'xã hội hóa giáo dục',
    'xã hội hóa',
    'xã hội chủ nghĩa',
    'phổ cập giáo dục',
    'xóa mù chữ',
    'nông thôn mới',
    'dự án đầu tư',
    'dự án',
    'trung ương',
    'trên địa bàn',
    'địa bàn',
    'khu vực',
    'đoàn thể',
    'đảng bộ',
    'trường học',
    'cơ sở giáo dục',
    // The base level of a union or a Hội: "Công đoàn cơ sở" (its school levels, "Trung học cơ sở", are SCHOOL_LEVELS').
    'cơ sở',
    'cơ quan',
    'đơn vị',
    'liên quan',
    'khu dân cư',
    'cộng đồng',
    'học tập',
    'chi hội',
    'hội viên',
    'đoàn viên',
    'đảng viên',
    'trưởng',
    'trường',
    'ban',
    'ngành',
    'các',
    'những',
    'số',
    'chuyên',
    'cũ',
    'mới',
  ],
  provenance: PHU_LUC_II,
};

/**
 * The places inside a commune (thôn, ấp, bản, tổ dân phố "và tương đương": Thông tư 44/2014, Điều 3
 * khoản 9 and 10, verbatim in legal-texts/tt44-2014.md; buôn, làng, sóc, khóm, khu phố, the names
 * used for them in the Central Highlands and the South, usage), in small letters: a body's name
 * writes them small and the name after them as a place's ("Chi bộ thôn 3", "Tổ dân phố số 5",
 * "thôn Đoàn Kết"). No administrative unit (ruleset/units.ts): no committee, no header of their own.
 */
export const HAMLET_KINDS: { names: readonly string[]; provenance: Provenance } = {
  names: ['tổ dân phố', 'khu phố', 'thôn', 'ấp', 'bản', 'buôn', 'làng', 'sóc', 'khóm'],
  // One status for the list: its first four are verbatim, the others usage, so the weaker one.
  provenance: { ref: 'Thông tư 44/2014/TT-BGDĐT, Điều 3 khoản 9, 10 (thôn, ấp, bản, tổ dân phố và tương đương); buôn, làng, sóc, khóm, khu phố: usage', status: 'unverified' },
};
