/** Caller audio on the wire: 16 kHz mono PCM16LE, 20 ms (320 samples, 640 bytes) per frame. */
export const CALLER_RATE = 16_000;
export const FRAME_SAMPLES = 320;
export const FRAME_BYTES = FRAME_SAMPLES * 2;

/**
 * Turns microphone audio at any rate into 640-byte frames at 16 kHz. Downsampling averages the input samples that
 * fall in each output sample's span (a box filter) so speech energy above 8 kHz does not fold back into the band.
 */
export class CallerFramer {
  private readonly ratio: number;
  private pending = new Float32Array(0);
  /** Position of the next output sample in `pending`, in input samples. */
  private position = 0;
  private frame = new DataView(new ArrayBuffer(FRAME_BYTES));
  private filled = 0;

  constructor(inputRate: number, private readonly emit: (frame: ArrayBuffer) => void) {
    if (!(inputRate >= CALLER_RATE)) throw new RangeError(`microphone rate ${inputRate} Hz is below 16 kHz`);
    this.ratio = inputRate / CALLER_RATE;
  }

  push(input: Float32Array): void {
    const data = new Float32Array(this.pending.length + input.length);
    data.set(this.pending);
    data.set(input, this.pending.length);
    const half = this.ratio / 2;
    while (Math.floor(this.position + half) < data.length) {
      const from = Math.max(0, Math.ceil(this.position - half));
      const to = Math.max(from, Math.min(data.length - 1, Math.floor(this.position + half - 1e-9)));
      let sum = 0;
      for (let i = from; i <= to; i++) sum += data[i]!;
      this.write(sum / (to - from + 1));
      this.position += this.ratio;
    }
    const keep = Math.max(0, Math.floor(this.position - half) - 1);
    this.pending = data.slice(keep);
    this.position -= keep;
  }

  private write(sample: number): void {
    const clamped = Math.max(-1, Math.min(1, sample));
    this.frame.setInt16(this.filled * 2, Math.round(clamped * 32767), true);
    if (++this.filled === FRAME_SAMPLES) {
      this.emit(this.frame.buffer as ArrayBuffer);
      this.frame = new DataView(new ArrayBuffer(FRAME_BYTES));
      this.filled = 0;
    }
  }
}

/** Agent audio from the wire (PCM16LE mono) as Web Audio samples. */
export function pcm16ToFloat32(pcm: ArrayBuffer): Float32Array {
  const view = new DataView(pcm);
  const out = new Float32Array(Math.floor(pcm.byteLength / 2));
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true) / 32768;
  return out;
}

/** The agent audio rates the WebSocket transport offers. */
export const OUTPUT_RATES = [8000, 16000, 22050, 24000, 44100, 48000] as const;
export type OutputSampleRate = (typeof OUTPUT_RATES)[number];
