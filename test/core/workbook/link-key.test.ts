/**
 * When two addresses are one piece of evidence (review 13b finding 3): one Drive file copied with
 * "Sao chép đường liên kết" (…/view?usp=sharing), from the address bar (…/edit, …/view), as an old
 * "open?id=" link, with http or a trailing "/", is one file; Google names a file by its id, the rest
 * of the address only says how it was opened. Other addresses differ only in the scheme, the host's
 * case and a trailing "/". Expected keys typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { linkKey } from '../../../src/core/workbook/link-key';

describe('linkKey', () => {
  it('keys a Google Drive or Docs address by the id of its file or folder, however it was copied', () => {
    const file = [
      'https://drive.google.com/file/d/1AbC-d_Ef9/view?usp=sharing',
      'https://drive.google.com/file/d/1AbC-d_Ef9/view?usp=drive_link',
      'https://drive.google.com/file/d/1AbC-d_Ef9/view',
      'https://drive.google.com/file/d/1AbC-d_Ef9',
      'https://drive.google.com/file/d/1AbC-d_Ef9/',
      'http://drive.google.com/file/d/1AbC-d_Ef9/edit',
      'https://DRIVE.google.com/file/d/1AbC-d_Ef9/preview',
      'https://drive.google.com/file/u/0/d/1AbC-d_Ef9/view',
      'https://drive.google.com/a/hoaan.edu.vn/file/d/1AbC-d_Ef9/view',
      'https://drive.google.com/open?id=1AbC-d_Ef9',
      'https://drive.google.com/open?usp=sharing&id=1AbC-d_Ef9',
      'https://drive.google.com/uc?export=download&id=1AbC-d_Ef9',
      'https://docs.google.com/document/d/1AbC-d_Ef9/edit?usp=sharing',
      'https://docs.google.com/document/u/1/d/1AbC-d_Ef9/edit#heading=h.1',
      'https://docs.google.com/a/hoaan.edu.vn/spreadsheets/d/1AbC-d_Ef9/edit#gid=0',
      'https://docs.google.com/presentation/d/1AbC-d_Ef9/edit',
      'https://drive.google.com/drive/folders/1AbC-d_Ef9',
      'https://drive.google.com/drive/u/0/folders/1AbC-d_Ef9?usp=sharing',
      'https://docs.google.com/forms/d/e/1AbC-d_Ef9/viewform',
      // An account part before open/uc, Drive's download host, the mobile folder view (review 10 F3).
      'https://drive.google.com/u/0/uc?id=1AbC-d_Ef9&export=download',
      'https://drive.google.com/u/1/open?id=1AbC-d_Ef9',
      'https://drive.usercontent.google.com/download?id=1AbC-d_Ef9&export=download&authuser=0',
      'https://drive.google.com/drive/mobile/folders/1AbC-d_Ef9',
      'https://drive.google.com/drive/u/0/mobile/folders/1AbC-d_Ef9?usp=sharing',
      'https://drive.google.com/thumbnail?id=1AbC-d_Ef9&sz=w1000',
    ];
    expect(file.map(linkKey)).toEqual(file.map(() => 'google:1AbC-d_Ef9'));
  });

  it('keeps ids that differ apart, a letter’s case included (Drive ids are case-sensitive)', () => {
    expect(['https://drive.google.com/file/d/1abc-d_ef9/view', 'https://drive.google.com/file/d/1AbC-d_Ef8', 'https://drive.google.com/open?id=A2'].map(linkKey)).toEqual([
      'google:1abc-d_ef9',
      'google:1AbC-d_Ef8',
      'google:A2',
    ]);
  });

  it('keys any other address by itself with https, its host in small letters and no "/" closing its path; the query and the path’s case stay', () => {
    const cases: Array<[string, string]> = [
      ['https://hoaan.gov.vn/van-ban/12', 'https://hoaan.gov.vn/van-ban/12'],
      ['http://HoaAn.Gov.vn/van-ban/12/', 'https://hoaan.gov.vn/van-ban/12'],
      ['https://hoaan.gov.vn/van-ban/12/?id=5', 'https://hoaan.gov.vn/van-ban/12?id=5'],
      ['https://hoaan.gov.vn/van-ban/12?id=6', 'https://hoaan.gov.vn/van-ban/12?id=6'],
      ['https://hoaan.gov.vn/Van-Ban#muc-2', 'https://hoaan.gov.vn/Van-Ban#muc-2'],
      ['https://hoaan.gov.vn/', 'https://hoaan.gov.vn'],
      ['https://www.hoaan.gov.vn', 'https://www.hoaan.gov.vn'],
      // A Drive address without a file's id is an address like any other.
      ['https://drive.google.com/drive/my-drive/', 'https://drive.google.com/drive/my-drive'],
      // A host that only ends like Google's is not Google's.
      ['https://drive.google.com.vn/file/d/1AbC', 'https://drive.google.com.vn/file/d/1AbC'],
      // Not an address at all (linkHref gives none such; a caller passing one gets it back as its own key).
      ['Lưu ở văn phòng', 'Lưu ở văn phòng'],
      // An address inside a sentence is no address: kept whole.
      ['xem https://Example.com/a/', 'xem https://Example.com/a/'],
      // Every "/" closing the path goes, not only the last.
      ['https://hoaan.gov.vn/tin-tuc//', 'https://hoaan.gov.vn/tin-tuc'],
    ];
    expect(cases.map(([href]) => linkKey(href))).toEqual(cases.map(([, key]) => key));
  });
});
