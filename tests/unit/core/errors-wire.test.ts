import { describe, expect, it } from 'vitest';
import { DocentError, errorCodes, toWireError, type ErrorCode } from '../../../src/core/errors';
import { exitStatus, exitStatusFor } from '../../../src/cli/cli-io';

describe('DocentError over the wire (IPC and HTTP send the same shape)', () => {
  it('comes back as the same error: code, message, file and line', () => {
    const sent = new DocentError('MAP_BLOCK_INVALID', 'map block: unknown key "zoom"', { file: 'deck.md', line: 12 });
    const received = DocentError.fromWire(JSON.parse(JSON.stringify(sent.toWire())) as unknown as Parameters<typeof DocentError.fromWire>[0], 'no answer');
    expect(received).toBeInstanceOf(DocentError);
    expect(received.code).toBe('MAP_BLOCK_INVALID');
    expect(received.describe()).toBe('deck.md:12: map block: unknown key "zoom"');
  });

  it('turns anything else thrown into IO_FAILED with its message', () => {
    expect(toWireError(new Error('disk full'))).toEqual({ code: 'IO_FAILED', message: 'disk full' });
    expect(toWireError('odd')).toEqual({ code: 'IO_FAILED', message: 'odd' });
  });

  it('reads a code it does not know, or no body at all, as IO_FAILED with a message a user can read', () => {
    expect(DocentError.fromWire({ code: 'FROM_A_NEWER_HOST', message: 'something new' }, 'x')).toMatchObject({ code: 'IO_FAILED', message: 'something new' });
    expect(DocentError.fromWire(null, 'request failed (502)')).toMatchObject({ code: 'IO_FAILED', message: 'request failed (502)' });
    expect(DocentError.fromWire({ code: 'toString' }, 'x').code).toBe('IO_FAILED');
  });
});

describe('exit statuses: one table for every command', () => {
  it('gives every error code a status, refusals and usage apart from failures', () => {
    for (const code of Object.keys(errorCodes) as ErrorCode[]) expect(exitStatusFor(code)).toBeGreaterThan(0);
    expect(exitStatusFor('OVERWRITE_REFUSED')).toBe(exitStatus.refused);
    expect(exitStatusFor('REQUEST_INVALID')).toBe(exitStatus.usage);
    expect(exitStatusFor('DOCUMENT_EMPTY')).toBe(exitStatus.input);
    expect(exitStatusFor('EXPORT_CANCELLED')).toBe(130);
    expect(exitStatusFor('EXPORT_FAILED')).toBe(exitStatus.failure);
    // A file that cannot be read is the input's fault; one that cannot be written is the run's.
    expect(exitStatusFor('IO_FAILED')).toBe(exitStatus.input);
    expect(exitStatusFor('WRITE_FAILED')).toBe(exitStatus.failure);
  });
});
