/**
 * Every entry of the word lists a body's name is written from (src/core/ruleset/body-words.ts,
 * units.ts), each in a name of its own as a commune's dossier types it, in capitals (from a seal or
 * a letterhead) and in small letters, written as Nghị định 30/2020/NĐ-CP, Phụ lục II writes a body's
 * name: a capital on the kind of body and on the first word of each field, a place's name with a
 * capital on each syllable, common nouns small. The names are typed here by hand, one list entry at
 * least in each, so that an entry dropped from a list (sample 14 P39: a field word dropped from
 * BODY_FIELDS passed every test that checked the list by two examples) changes a name below.
 */
import { describe, expect, it } from 'vitest';
import { bodyHeader, bodyName } from '../../src/core/documents/wording';
import { BODY_NAMING } from '../../src/core/ruleset/units';

/** Each field of BODY_FIELDS in a body that carries it. */
const FIELDS = [
  'Ngân hàng Chính sách xã hội',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  'Hội Người cao tuổi xã Hòa An',
  'Hội Cựu chiến binh xã Hòa An',
  'Hội Chữ thập đỏ xã Hòa An',
  'Bảo hiểm xã hội tỉnh Đắk Lắk',
  'Trung tâm Bảo trợ xã hội 1',
  'Trung tâm Công tác xã hội',
  'Hội Bảo trợ tỉnh Đắk Lắk',
  'Trung tâm Phục vụ hành chính công xã Hòa An',
  'Trung tâm Dịch vụ việc làm',
  'Trung tâm Trợ giúp pháp lý nhà nước',
  'Trung tâm Trợ giúp pháp lý tỉnh Đắk Lắk',
  'Chi cục Bảo vệ thực vật',
  'Trạm Y tế xã Hòa An',
  'Bệnh viện Đa khoa tỉnh Đắk Lắk',
  'Câu lạc bộ Dưỡng sinh thôn 3',
  'Văn phòng Đại diện',
  'Chi cục Dân số',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Trung tâm Văn hóa - Thể thao và Truyền thanh',
  'Trung tâm Phát thanh - Truyền hình',
  'Sở Thông tin và Truyền thông',
  'Sở Nông nghiệp và Môi trường',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Tài chính - Kế hoạch',
  'Sở Kế hoạch và Đầu tư',
  'Sở Nội vụ',
  'Phòng Tư pháp - Hộ tịch',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Khoa học và Công nghệ',
  'Sở Giao thông - Vận tải',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Ban Quản lý dự án',
  'Chi cục Thống kê',
  'Sở Dân tộc và Tôn giáo',
  'Ban Thanh tra',
  'Ban Tuyên giáo và Dân vận',
  'Ban Tổ chức Huyện ủy',
  'Ban Kiểm tra Đảng ủy xã',
  'Ban Chấp hành Hội Nông dân',
  'Ban Thường vụ Đảng ủy xã',
  'Hội Khuyến học xã Hòa An',
  'Trung tâm Khuyến nông',
  'Hội Liên hiệp Phụ nữ xã Hòa An',
  'Hội Liên hiệp Thanh niên',
  'Ban Chỉ huy Quân sự xã',
  'Ban Địa chính',
  'Hợp tác xã Dịch vụ',
  'Trạm Thú y',
  'Sở Ngoại vụ',
  'Sở Công Thương',
  'Sở Giáo dục và Đào tạo',
  'Phòng Hành chính',
  'Phòng Pháp chế',
  'Ban Nội chính',
  'Hội đồng Thi đua - Khen thưởng',
  'Trường Cao đẳng Sư phạm',
  'Trường Cao đẳng Kỹ thuật',
  'Ban Công tác Mặt trận',
  'Hội đồng Thẩm định',
  'Nhà Thiếu nhi tỉnh Đắk Lắk',
  'Phòng Tài chính - Kế toán',
  // Fields that NAME_PHRASES also holds inside a longer name ("Sở Giáo dục và Đào tạo", "Hội Khuyến học"): apart.
  'Sở Giáo dục - Đào tạo',
  'Quỹ Khuyến học xã Hòa An',
  // The Hội beside the Hội Khuyến học in a commune's evidence, and offices named for one field of several words: were
  // "Hội Cựu Giáo Chức", "Hội Luật Gia", "Phòng Quản lý Đô thị", "Bộ Giao thông Vận tải".
  'Hội Cựu giáo chức xã Hòa An',
  'Hội Cựu thanh niên xung phong xã Hòa An',
  'Hội Luật gia tỉnh Đắk Lắk',
  'Hội Đông y xã Hòa An',
  'Hội Người mù tỉnh Đắk Lắk',
  'Hội Làm vườn xã Hòa An',
  'Phòng Quản lý đô thị',
  'Bộ Giao thông vận tải',
  'Kho bạc Nhà nước khu vực',
  // The trade unions, kinds of body of their own: were "Liên Đoàn Lao động", "Công Đoàn Cơ Sở".
  'Liên đoàn Lao động tỉnh Đắk Lắk',
  'Công đoàn cơ sở xã Hòa An',
];

/**
 * Fields whose words read the same in capitals without their entry ("DÂN SỐ": "số" is a common word;
 * "CÔNG THƯƠNG": a word no list knows keeps its capital there), typed in small letters.
 */
const FIELDS_TYPED_SMALL = ['Trung tâm Y tế - Dân số', 'Sở Công Thương'];

describe('BODY_FIELDS: each field, in a body typed in capitals, with a capital on its first word only', () => {
  it.each(FIELDS)('"%s"', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });

  it.each(FIELDS_TYPED_SMALL)('"%s", typed in small letters', (name) => {
    expect(bodyName(name.toLowerCase())).toBe(name);
  });
});

/** Each level of SCHOOL_LEVELS after "Trường", the school's own name after it with a capital on each syllable. */
const SCHOOLS = [
  'Trường Phổ thông dân tộc bán trú Tiểu học La Dê',
  'Trường Phổ thông dân tộc nội trú Ea Kar',
  'Trường Trung học phổ thông Lê Quý Đôn',
  'Trường Trung học cơ sở Hòa An',
  'Trường Phổ thông cơ sở Hòa An',
  'Trường Tiểu học và Trung học cơ sở Hòa An',
  'Trường Mầm non Hoa Sen',
  'Trường Mẫu giáo Hoa Mai',
  'Trường Đại học Tây Nguyên',
  'Trường Cao đẳng Đắk Lắk',
  'Trường Trung cấp Đắk Lắk',
];

describe('SCHOOL_LEVELS: each level of a school, typed in capitals', () => {
  it.each(SCHOOLS)('"%s"', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });
});

/** Each place inside a commune of HAMLET_KINDS, small, before its own name. */
const HAMLETS = ['Chi bộ tổ dân phố 5', 'Chi bộ khu phố 2', 'Chi bộ thôn 3', 'Chi bộ ấp 4', 'Chi bộ bản Đôn', 'Chi bộ buôn Đôn', 'Chi bộ làng Lê', 'Chi bộ sóc Mới', 'Chi bộ khóm 1'];

describe('HAMLET_KINDS: each place inside a commune, typed in capitals, small before its name', () => {
  it.each(HAMLETS)('"%s"', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });
});

/** Each title of BODY_TITLES before the body of the person who holds it. */
const TITLES = [
  'Chỉ huy trưởng Ban Chỉ huy Quân sự xã',
  'Hiệu trưởng Trường Tiểu học Hòa An',
  'Trưởng phòng Văn hóa - Xã hội',
  'Trưởng ban Dân vận',
  'Chủ tịch Hội Khuyến học xã Hòa An',
  'Chủ nhiệm Hợp tác xã Nông nghiệp',
  'Chánh Văn phòng Sở Y tế',
  'Giám đốc Sở Y tế',
  'Bí thư Chi bộ thôn 3',
];

describe('BODY_TITLES: each title before a body, typed in capitals, with a capital on its first word only', () => {
  it.each(TITLES)('"%s"', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });
});

/** BODY_COMMON_WORDS: each common word, small inside a body's name or a Nơi nhận line. */
const COMMON = [
  'Ban Dân vận và các tổ chức chính trị - xã hội xã Hòa An',
  'Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
  'Ban Chỉ đạo xã hội hóa giáo dục xã Hòa An',
  'Ban Chỉ đạo xã hội hóa xã Hòa An',
  'Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã Hòa An',
  'Ban Chỉ đạo nông thôn mới xã Hòa An',
  'Ban Quản lý dự án đầu tư xã Hòa An',
  'Ban Quản lý dự án xã Hòa An',
  'Hội Khuyến học trung ương',
  'Các trường học trên địa bàn xã',
  'Các đoàn thể trên địa bàn',
  'Trung tâm Y tế khu vực Ea Kar',
  'Trung tâm Y tế địa bàn Ea Kar',
  'Ban Thường vụ đảng bộ xã',
  'Các cơ sở giáo dục trên địa bàn xã',
  'Các cơ quan, đơn vị liên quan',
  'Ban Công tác Mặt trận khu dân cư thôn 3',
  'Trung tâm học tập cộng đồng xã Hòa An',
  'Chi hội Khuyến học thôn 3',
  'Các chi hội, hội viên',
  'Các đoàn viên, đảng viên',
  'Trưởng các ban, ngành',
  'Những trường học trên địa bàn',
  'Trường Tiểu học số 1 Ea Kar',
  'Trường Trung học phổ thông chuyên Lê Quý Đôn',
  'Ủy ban nhân dân xã Hòa An (cũ)',
  'Ủy ban nhân dân xã Hòa An (mới)',
  'Hiệu trưởng các trường',
  // Words a longer phrase holds elsewhere ("Trung tâm học tập cộng đồng"), or that open the examples above: apart.
  'Ban Chỉ đạo xây dựng cộng đồng học tập xã Hòa An',
  'Các trưởng thôn, buôn',
  'Các ban, ngành và những đoàn thể',
];

describe('BODY_COMMON_WORDS: each common word, typed in capitals, small', () => {
  it.each(COMMON)('"%s"', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });

  it('"xã hội chủ nghĩa" typed in small letters is no commune "xã Hội"', () => {
    expect(bodyName('cộng hòa xã hội chủ nghĩa việt nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });
});

/**
 * NAMED_BODIES and FIXED_NAMES: a body named for its place, the place after it with a capital on each
 * syllable; the decree's own names as it writes them ("Hồ Chí Minh", "Chính phủ", "Quốc hội", "Việt Nam").
 */
const NAMED = [
  'Tỉnh ủy Đắk Lắk',
  // Every party committee of NAMED_BODIES as "Tỉnh ủy" is written: were "Thành Ủy", "Quận Ủy", "Thị Ủy" in capitals.
  'Thành ủy Vinh',
  'Quận ủy Hải Châu',
  'Thị ủy Sơn Tây',
  'Huyện ủy Krông Bông',
  'Đảng ủy Hòa An',
  'Hội Khuyến học Hòa An',
  'Ủy ban nhân dân Hòa An',
  'UBND Hòa An',
  'Hội đồng nhân dân Hòa An',
  'HĐND Hòa An',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An',
  'Thủ tướng Chính phủ',
  'Văn phòng Quốc hội',
  'Nhà xuất bản Giáo dục Việt Nam',
  'Hội Liên hiệp Phụ nữ Việt Nam',
];

describe('NAMED_BODIES and FIXED_NAMES, typed in capitals and in small letters', () => {
  it.each(NAMED)('"%s"', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
    expect(bodyName(name.toLowerCase())).toBe(name);
  });
});

describe('CENTRAL_CITIES: a Sở typed with a city’s name alone has that city’s committee above it; any other place is a tỉnh', () => {
  it.each([
    ['Sở Y tế Hà Nội', 'UBND THÀNH PHỐ HÀ NỘI'],
    ['Sở Y tế Hồ Chí Minh', 'UBND THÀNH PHỐ HỒ CHÍ MINH'],
    ['Sở Y tế Hải Phòng', 'UBND THÀNH PHỐ HẢI PHÒNG'],
    ['Sở Y tế Đà Nẵng', 'UBND THÀNH PHỐ ĐÀ NẴNG'],
    ['Sở Y tế Cần Thơ', 'UBND THÀNH PHỐ CẦN THƠ'],
    ['Sở Y tế Huế', 'UBND THÀNH PHỐ HUẾ'],
    ['Sở Y tế Đắk Lắk', 'UBND TỈNH ĐẮK LẮK'],
  ])('"%s" → %s / SỞ Y TẾ', (body, parent) => {
    expect(bodyHeader(body)).toEqual({ parentBody: parent, issuingBody: ['SỞ Y TẾ'] });
  });
});

/**
 * Places whose own name starts with a hamlet's word of HAMLET_KINDS ("buôn", "bản", "làng"): Buôn Ma Thuột,
 * Buôn Đôn, Buôn Hồ of Đắk Lắk. After a unit's word, or after a committee or a party committee named for
 * its place (NAMED_BODIES), the word is the name's: a hamlet has neither of its own. A hamlet's word
 * after any other body, a Hội Khuyến học's branch included, is the hamlet it names. Were "Ủy ban nhân dân xã buôn Đôn".
 */
describe('a place named "Buôn …" is no hamlet after a unit or a committee named for its place', () => {
  it.each([
    'Ủy ban nhân dân thành phố Buôn Ma Thuột',
    'Ủy ban nhân dân phường Buôn Ma Thuột',
    'Ủy ban nhân dân xã Buôn Đôn',
    'Ủy ban nhân dân thị xã Buôn Hồ',
    'Hội Khuyến học xã Buôn Đôn',
    'Thành ủy Buôn Ma Thuột',
    'Huyện ủy Buôn Đôn',
    'UBND Buôn Hồ',
  ])('"%s", typed in capitals, in small letters and as written', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
    expect(bodyName(name.toLowerCase())).toBe(name);
    expect(bodyName(name)).toBe(name);
  });

  it.each(['Chi bộ buôn Đôn', 'Chi hội Khuyến học thôn 3', 'Hội Khuyến học buôn Ko Siêr', 'Ban Công tác Mặt trận khu dân cư buôn Tơng Jú'])('"%s": a hamlet after any other body stays one', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });
});

/**
 * BODY_NAMING: each kind of body, typed in small letters before a field no list knows, written with a
 * capital on the kind and on the field's first word only (a word of no kind would be left small).
 */
const KINDS = [
  'Bộ Quốc phòng',
  'Sở Xây dựng',
  'Phòng Tổng hợp',
  'Ban Quản trị',
  'Hội Sinh vật cảnh xã Hòa An',
  'Cục Thuế',
  'Chi cục Kiểm lâm',
  'Tổng cục Thuế',
  'Văn phòng Luật sư',
  'Trường Chính trị tỉnh Đắk Lắk',
  'Trạm Kiểm lâm',
  'Công an xã Hòa An',
  'Đoàn Luật sư tỉnh Đắk Lắk',
  'Trung tâm Kiểm soát bệnh tật',
  'Thư viện Điện tử',
  'Chi bộ thôn 3',
  'Ngân hàng Nông nghiệp và Phát triển nông thôn',
  'Bưu điện tỉnh Đắk Lắk',
  'Hợp tác xã Thủy sản',
  'Câu lạc bộ Cầu lông',
  'Hội đồng Bầu cử',
  'Bệnh viện Phụ sản',
  'Công ty Điện lực',
  'Dòng họ Nguyễn',
  'Nhà Truyền thống',
  'Nhà xuất bản Giáo dục Việt Nam',
  'Cung Văn hóa Lao động',
];

describe('BODY_NAMING: each kind of body, typed in small letters', () => {
  it.each(KINDS)('"%s"', (name) => {
    expect(bodyName(name.toLowerCase())).toBe(name);
  });
});

/**
 * BODY_NAMING once more, each kind before a field no list knows ("Phát triển"): the examples above mostly
 * carry a field of BODY_FIELDS, which gets its capital by itself, so a kind dropped from the list went
 * unseen (sample 15 P32, 'ngân hàng'). The kinds typed by hand as Nghị định 30/2020 (Phụ lục II)
 * writes them: a capital on the kind's first word.
 */
const EVERY_KIND = [
  'Bộ',
  'Sở',
  'Phòng',
  'Ban',
  'Hội',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'Văn phòng',
  'Trường',
  'Trạm',
  'Công an',
  'Đoàn',
  'Trung tâm',
  'Thư viện',
  'Chi bộ',
  'Ngân hàng',
  'Bưu điện',
  'Hợp tác xã',
  'Câu lạc bộ',
  'Hội đồng',
  'Bệnh viện',
  'Công ty',
  'Dòng họ',
  'Liên đoàn',
  'Công đoàn',
  'Kho bạc',
  'Nhà',
  'Nhà trẻ',
  'Nhà xuất bản',
  'Cung',
];

describe('BODY_NAMING: every kind of body, typed in small letters before a field no list knows', () => {
  it.each(EVERY_KIND)('"%s Phát triển Việt Nam"', (kind) => {
    expect(bodyName(`${kind} phát triển việt nam`.toLowerCase())).toBe(`${kind} Phát triển Việt Nam`);
  });

  it('covers every kind the list holds', () => {
    expect([...BODY_NAMING.kinds].sort()).toEqual(EVERY_KIND.map((kind) => kind.toLowerCase()).sort());
  });
});

/**
 * COMMON_NOT_UNITS: a commune whose name starts with the second word of a common word ("xã hội", "xã
 * giao", "xã viên", "xã tắc", "xã luận"): Hội An (An Giang), Giao Thịnh (Nam Định), Viên An (Hà Nội),
 * Tắc Vân (Cà Mau), Luận Thành (Thanh Hóa). Its committee's name keeps the unit and the name.
 */
describe('COMMON_NOT_UNITS: a commune named with the second word of a common word', () => {
  it.each(['Ủy ban nhân dân xã Hội An', 'Đảng ủy xã Giao Thịnh', 'Ủy ban nhân dân xã Viên An', 'Ủy ban nhân dân xã Tắc Vân', 'Ủy ban nhân dân xã Luận Thành'])('"%s", typed in capitals', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });
});
