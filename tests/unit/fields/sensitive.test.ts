import { describe, expect, it } from 'vitest';
import { isSendControl, shouldHold } from '../../../lib/coach/SendGuard';
import { nameWords, secretName } from '../../../lib/fields/sensitive';

describe('nameWords', () => {
  it('splits on case changes, digits and punctuation', () => {
    expect(nameWords('loginPassword2')).toEqual(['login', 'password', '2']);
    expect(nameWords('card-number')).toEqual(['card', 'number']);
    expect(nameWords('user_pin')).toEqual(['user', 'pin']);
    expect(nameWords('cvc2')).toEqual(['cvc', '2']);
    expect(nameWords('')).toEqual([]);
  });

  it('reads a bounded prefix of a huge name', () => {
    expect(nameWords(`${'a'.repeat(100_000)}Password`)).toEqual(['a'.repeat(200)]);
  });
});

describe('secretName', () => {
  it.each([
    'password',
    'Password',
    'new_password',
    'loginPassword',
    'passwd',
    'pwd',
    'user-pass',
    'pin',
    'pinCode',
    'pincode',
    'otp',
    'otp-code',
    'totp',
    'mfa_code',
    '2fa',
    'cvv',
    'cvc2',
    'card-cvc',
    'cardNumber',
    'card_number',
    'cardnumber',
    'cc-number',
    'creditCard',
    'security-code',
    'one-time-code',
    'verificationCode',
    'ssn',
    'iban',
  ])('%s is secret', (name) => {
    expect(secretName(name)).toBe(true);
  });

  it.each([
    'message',
    'comment',
    'chat-input',
    'pinned',
    'spinner',
    'shopping',
    'option',
    'discard',
    'passage',
    'compass',
    'topic',
    'scroll-top',
    'card-title',
    'phone-number',
    'reply',
    '',
  ])('%s is not', (name) => {
    expect(secretName(name)).toBe(false);
  });

  it('null is not', () => {
    expect(secretName(null)).toBe(false);
  });
});

describe('the pause: which messages, which controls', () => {
  const base = { enabled: true, menuOpen: false, passNext: false };

  it('holds heated messages, and tense ones only when the person chose so', () => {
    expect(shouldHold({ ...base, mood: 'heated' })).toBe(true);
    expect(shouldHold({ ...base, mood: 'tense' })).toBe(false);
    expect(shouldHold({ ...base, mood: 'tense', holdTense: true })).toBe(true);
    expect(shouldHold({ ...base, mood: 'calm', holdTense: true })).toBe(false);
  });

  it("a form's submit, or a button named Send, is a send control", () => {
    const c = { kind: 'button' as const, buttonType: 'button', submitsFieldForm: false, name: '' };
    expect(isSendControl({ ...c, submitsFieldForm: true, buttonType: 'submit' })).toBe(true);
    expect(isSendControl({ ...c, name: 'Send' })).toBe(true);
    expect(isSendControl({ ...c, name: 'Send message' })).toBe(true);
    expect(isSendControl({ ...c, name: 'Bold' })).toBe(false);
    expect(isSendControl({ ...c, name: 'Sender details' })).toBe(false);
    expect(isSendControl({ ...c, kind: 'other', name: 'Send' })).toBe(false);
  });
});
