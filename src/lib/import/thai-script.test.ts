import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { looksThai } from './thai-script.ts';

/** What a file in another encoding looks like when its bytes are read as Thai (windows-874). */
const readAsThai = (text: string, encoding: string) =>
  new TextDecoder('windows-874').decode(iconv.encode(text, encoding));

describe('looksThai', () => {
  it.each([
    'การประชุมรัฐมนตรีอาเซียนว่าด้วยอาชญากรรมข้ามชาติ',
    'กรุงเทพมหานคร',
    'ความร่วมมือด้านความมั่นคงไซเบอร์ (ASEAN) ปี ๒๕๖๖',
  ])('knows Thai: %s', (text) => {
    expect(looksThai(text)).toBe(true);
  });

  it.each([
    ['东盟与中国打击跨国犯罪部长级会议, 网络安全合作', 'gbk'],
    ['東協與中國打擊跨國犯罪部長級會議, 網路安全合作', 'big5'],
    ['아세안과 중국의 초국가 범죄 대응 장관회의 서울 협력', 'euc-kr'],
  ])('is not fooled by %s read as Thai', (text, encoding) => {
    expect(looksThai(readAsThai(text, encoding))).toBe(false);
  });

  it('wants more than a few letters', () => {
    expect(looksThai('กรุง')).toBe(false);
    expect(looksThai('Hanoi, Jakarta')).toBe(false);
  });
});
