/**
 * The encodings a reader may choose to read a file in, by the names people know them by: apart
 * from the detector (text-encoding.ts), so the page can offer them without loading it.
 */
export const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'Unicode (UTF-8)',
  'windows-1252': 'Western European (Windows-1252)',
  'windows-874': 'Thai (Windows-874)',
  'windows-1258': 'Vietnamese (Windows-1258)',
  gb18030: 'Chinese, Simplified (GBK, GB18030)',
  big5: 'Chinese, Traditional (Big5)',
  shift_jis: 'Japanese (Shift_JIS)',
  'euc-jp': 'Japanese (EUC-JP)',
  'euc-kr': 'Korean (EUC-KR)',
  'windows-1250': 'Central European (Windows-1250)',
  'windows-1251': 'Cyrillic (Windows-1251)',
  'windows-1253': 'Greek (Windows-1253)',
  'windows-1254': 'Turkish (Windows-1254)',
  'windows-1255': 'Hebrew (Windows-1255)',
  'windows-1256': 'Arabic (Windows-1256)',
  'windows-1257': 'Baltic (Windows-1257)',
  'utf-16le': 'Unicode (UTF-16 LE)',
  'utf-16be': 'Unicode (UTF-16 BE)',
};

/** The name a reader knows an encoding by; the WHATWG name for one not listed. */
export function encodingName(encoding: string): string {
  return ENCODING_NAMES[encoding] ?? encoding;
}
