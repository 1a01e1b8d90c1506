import { describe, expect, it } from 'vitest';
import type { ServerError } from '../../server/protocol/protocol.ts';
import { serverErrorText } from './server_error_text.ts';

describe('a server error as the customer reads it', () => {
  it('is said by its code in the page’s language, without the server’s technical detail', () => {
    const e = {
      code: 'E_PAYLOAD_INVALID' as const,
      message: '请求格式不正确。 (text: Too big: expected string to have <=1000 characters)',
    };
    expect(serverErrorText(e, 'zh-CN')).toBe('请求格式不正确。');
    expect(serverErrorText(e, 'en')).toBe('The request was malformed.');
  });

  it('keeps the server’s text for a code the page does not know (a newer server)', () => {
    const e = { code: 'E_SOMETHING_NEW' as ServerError['code'], message: 'Something new.' };
    expect(serverErrorText(e, 'zh-CN')).toBe('Something new.');
  });
});
