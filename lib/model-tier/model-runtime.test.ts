import { describe, expect, it } from 'vitest';
import { ModelTierError, plainMessageFor, toModelTierError } from './model-runtime';

class WebGPUNotAvailableError extends Error {}
class ShaderF16SupportError extends Error {}

describe('engine errors', () => {
  it('maps web-llm error classes by name', () => {
    expect(toModelTierError(new WebGPUNotAvailableError('WebGPU is not supported'), 'load').kind).toBe('no-webgpu');
    expect(toModelTierError(new ShaderF16SupportError('f16'), 'load').kind).toBe('no-shader-f16');
    const named = Object.assign(new Error('Device was lost'), { name: 'DeviceLostError' });
    expect(toModelTierError(named, 'inference').kind).toBe('device-lost');
  });

  it('maps the error strings that the web-llm worker sends back', () => {
    expect(toModelTierError('ShaderF16SupportError: This model requires WebGPU extension shader-f16', 'load').kind).toBe('no-shader-f16');
    expect(toModelTierError('DeviceLostError: The WebGPU device was lost while loading the model.', 'load').kind).toBe('device-lost');
    expect(toModelTierError(new Error('TypeError: Failed to fetch'), 'load').kind).toBe('network');
  });

  it('reads a checksum mismatch as a failed load, whatever the file is called', () => {
    const url = 'chrome-extension://id/model-libs/snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm';
    const message = `Integrity verification failed for ${url}\n  Expected: sha256-a\n  Actual: sha256-b`;
    const mismatch = Object.assign(new Error(message), { name: 'IntegrityError' });
    expect(toModelTierError(mismatch, 'load')).toMatchObject({ kind: 'load-failed', detail: message });
    expect(toModelTierError(`IntegrityError: ${message}`, 'load').kind).toBe('load-failed');
  });

  it('maps messages: network, memory, quota, device lost', () => {
    expect(toModelTierError(new TypeError('Failed to fetch'), 'load').kind).toBe('network');
    expect(toModelTierError(new Error('Failed to store https://huggingface.co/x with error: TypeError'), 'load').kind).toBe('network');
    expect(toModelTierError(new Error('Out of memory while allocating buffer'), 'load').kind).toBe('out-of-memory');
    expect(toModelTierError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), 'load').kind).toBe('storage-full');
    expect(toModelTierError(new Error('the GPU device was lost'), 'inference').kind).toBe('device-lost');
  });

  it('reads "model not loaded" during inference as a lost device, otherwise as a plain failure', () => {
    expect(toModelTierError(new Error('Model not loaded before calling embedding()'), 'inference').kind).toBe('device-lost');
    expect(toModelTierError(new Error('something odd'), 'inference').kind).toBe('inference-failed');
    expect(toModelTierError('weird', 'load').kind).toBe('load-failed');
  });

  it('keeps a ModelTierError as it is and gives the plain sentence', () => {
    const error = new ModelTierError('no-webgpu', 'no adapter');
    expect(toModelTierError(error, 'load')).toBe(error);
    expect(error.plainMessage()).toBe('Your browser has no WebGPU, so the coach keeps using its built-in classifier.');
    expect(plainMessageFor('load-failed', 'bad wasm')).toContain('(bad wasm)');
  });
});
