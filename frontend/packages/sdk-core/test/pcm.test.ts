import { describe, expect, it } from 'vitest';
import { CallerFramer, pcm16ToFloat32 } from '../src/media/pcm.js';

function tone(hz: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  return Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => amplitude * Math.sin(2 * Math.PI * hz * i / rate));
}

function frame(rate: number, input: Float32Array, chunk = 128): Int16Array[] {
  const frames: Int16Array[] = [];
  const framer = new CallerFramer(rate, f => {
    expect(f.byteLength).toBe(640);
    frames.push(new Int16Array(f.slice(0)));
  });
  for (let i = 0; i < input.length; i += chunk) framer.push(input.subarray(i, i + chunk));
  return frames;
}

function zeroCrossingsPerSecond(frames: Int16Array[]): number {
  const all = frames.flatMap(f => [...f]);
  let crossings = 0;
  for (let i = 1; i < all.length; i++) if ((all[i - 1]! < 0) !== (all[i]! < 0)) crossings++;
  return crossings / (all.length / 16000);
}

function peak(frames: Int16Array[]): number {
  return Math.max(...frames.slice(2).flatMap(f => [...f].map(Math.abs))) / 32767;
}

describe('caller audio framing', () => {
  it.each([48000, 44100, 16000])('turns %i Hz microphone audio into 20 ms frames of 16 kHz speech-band audio', rate => {
    const frames = frame(rate, tone(440, rate, 1));
    expect(frames.length).toBeGreaterThanOrEqual(49);
    expect(frames.length).toBeLessThanOrEqual(50);
    expect(zeroCrossingsPerSecond(frames)).toBeCloseTo(880, -1);
    expect(peak(frames)).toBeCloseTo(0.5, 1);
  });

  it('keeps energy above 8 kHz from folding back into the band when downsampling', () => {
    expect(peak(frame(48000, tone(12000, 48000, 0.5)))).toBeLessThan(0.2);
  });

  it('reads agent PCM16LE as Web Audio samples', () => {
    const pcm = new DataView(new ArrayBuffer(6));
    pcm.setInt16(0, 16384, true);
    pcm.setInt16(2, -32768, true);
    pcm.setInt16(4, 0, true);
    expect([...pcm16ToFloat32(pcm.buffer)]).toEqual([0.5, -1, 0]);
  });
});
