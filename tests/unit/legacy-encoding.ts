/**
 * Files as Excel saves them on a Windows set to another language: bytes made here by iconv-lite,
 * not by the detector under test.
 */
import iconv from 'iconv-lite';

/** The regional headlines a test file holds, by the encoding Excel would save them in. */
export const HEADLINES: Record<string, string[]> = {
  'windows-874': [
    'การประชุมรัฐมนตรีอาเซียนว่าด้วยอาชญากรรมข้ามชาติ',
    'ความร่วมมือด้านความมั่นคงไซเบอร์',
    'บันทึกความเข้าใจที่กรุงเทพมหานคร',
  ],
  'windows-1258': [
    'Hội nghị Bộ trưởng ASEAN về tội phạm xuyên quốc gia',
    'Hợp tác an ninh mạng tại Hà Nội',
    'Bản ghi nhớ về phòng chống ma túy',
  ],
  gb18030: ['东盟与中国打击跨国犯罪部长级会议', '网络安全合作对话在北京举行', '禁毒合作谅解备忘录'],
  big5: ['東協與中國打擊跨國犯罪部長級會議', '網路安全合作對話在臺北舉行', '禁毒合作諒解備忘錄'],
  'windows-1252': [
    'Réunion ministérielle à Genève',
    'Coopération policière: São Paulo',
    'Zusammenarbeit über Grenzen',
  ],
};

/**
 * Vietnamese as windows-1258 holds it: letters with a circumflex, breve or horn are one byte, the
 * tone is a combining mark after them ("ộ" is "ô" and a dot below).
 */
function asWindows1258(text: string): string {
  return text.normalize('NFD').replace(/(\p{L})(\p{M}*)/gu, (_, letter: string, marks: string) => {
    const tones = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
    const shapes = marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
    return (letter + shapes).normalize('NFC') + tones;
  });
}

/** A TimelineJS sheet saved as CSV with these headlines, in that encoding. */
export function legacySheet(encoding: string, headlines = HEADLINES[encoding]!): Uint8Array {
  const rows = headlines.map((headline, index) => `${2004 + index},1,${8 + index},${headline},`);
  const text = ['Year,Month,Day,Headline,Text', ...rows].join('\r\n') + '\r\n';
  const bytes = iconv.encode(encoding === 'windows-1258' ? asWindows1258(text) : text, encoding);
  return new Uint8Array(bytes);
}
