import { MicrophoneError } from '../errors.js';

/** Speech-friendly defaults; a tenant can pass its own constraints. */
export const DEFAULT_AUDIO_CONSTRAINTS: MediaTrackConstraints = {
  channelCount: 1,
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

/** Opens the microphone, turning the browser's DOMExceptions into a {@link MicrophoneError} a UI can explain. */
export async function openMicrophone(
  getUserMedia: ((constraints: MediaStreamConstraints) => Promise<MediaStream>) | undefined,
  constraints: MediaTrackConstraints,
): Promise<MediaStream> {
  if (!getUserMedia) {
    throw new MicrophoneError('microphone_unavailable',
      'this page cannot use a microphone (it needs https, or localhost, and a browser with media devices)');
  }
  try {
    return await getUserMedia({ audio: constraints, video: false });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
      throw new MicrophoneError('microphone_denied',
        'microphone access was denied; allow it in the browser\'s site settings and try again', error);
    }
    if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') {
      throw new MicrophoneError('microphone_unavailable', 'no microphone was found', error);
    }
    throw new MicrophoneError('microphone_unavailable',
      `the microphone could not be opened${name ? ` (${name})` : ''}; another application may be using it`, error);
  }
}
