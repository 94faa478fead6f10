export const CAPTURE_PROCESSOR = 'parley-capture';

/**
 * The microphone tap, run on the audio thread. It hands 20 ms blocks (at the context's rate) to the main thread,
 * which resamples and frames them; 50 messages a second instead of one per 128-sample render quantum.
 * Shipped as source text so the SDK needs no separate asset to host.
 */
const SOURCE = `
class ParleyCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.round(sampleRate / 50);
    this.block = new Float32Array(this.size);
    this.filled = 0;
  }
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      for (let i = 0; i < channel.length; i++) {
        this.block[this.filled++] = channel[i];
        if (this.filled === this.size) {
          this.port.postMessage(this.block, [this.block.buffer]);
          this.block = new Float32Array(this.size);
          this.filled = 0;
        }
      }
    }
    return true;
  }
}
registerProcessor('${CAPTURE_PROCESSOR}', ParleyCapture);
`;

/** A blob URL for `audioWorklet.addModule`; revoke it when the context closes. */
export function captureWorkletUrl(): string {
  return URL.createObjectURL(new Blob([SOURCE], { type: 'text/javascript' }));
}
