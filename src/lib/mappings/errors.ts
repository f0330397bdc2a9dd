/**
 * A value that cannot be translated from one vendor's vocabulary to another's. The mappings never fall back
 * to a default: an unknown code, an impossible date or a local time that does not exist is this error.
 */
export type MappingDomain = 'modality' | 'sex' | 'person-name' | 'date' | 'time' | 'datetime' | 'time-zone';

export class MappingError extends Error {
  override readonly name = 'MappingError';
  constructor(
    readonly domain: MappingDomain,
    /** The value that could not be mapped, as given. */
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Cannot map ${domain} ${JSON.stringify(value)}: ${reason}`);
  }
}

export function isMappingError(error: unknown): error is MappingError {
  return error instanceof MappingError;
}
