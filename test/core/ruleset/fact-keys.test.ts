/**
 * The keys of the "Quy định" rows of a "Bộ tiêu chí" table, as provinces' tables already in use
 * spell them (README, "Bộ tiêu chí" table): a key respelled in the code would make every such row
 * unread, its fact silently left out of the sheets and the documents.
 */
import { describe, expect, it } from 'vitest';
import { FACT_KEYS } from '../../../src/core/ruleset/facts';

describe('the keys of the "Quy định" rows', () => {
  it('are spelled as the tables in use spell them', () => {
    expect(FACT_KEYS).toEqual({
      firstYear: 'NAM_DAU',
      lastYear: 'NAM_CUOI',
      citation: 'VAN_BAN',
      citationFull: 'VAN_BAN_DAY_DU',
      legalBasis: 'CAN_CU',
      decidingArticles: 'DIEU_XET',
      ratingArticle: 'DIEU_XEP_LOAI',
      deadlineDay: 'HAN_NOP_NGAY',
      deadlineMonth: 'HAN_NOP_THANG',
      assessmentMonth: 'THANG_DANH_GIA',
      validityMonths: 'BAO_LUU_THANG',
      validityFrom: 'BAO_LUU_TINH_TU',
      md2WaitMonths: 'CHO_MD2_THANG',
      repealed: 'BAI_BO',
      evidenceRule: 'MINH_CHUNG',
      selfCheckLead: 'CHU_TRI_TU_KIEM_TRA',
      reportCertifier: 'XAC_NHAN_BAO_CAO',
      recipient: 'NOI_NHAN_HO_SO',
      decider: 'CAP_QUYET_DINH',
      summary: 'TOM_TAT',
    });
  });
});
