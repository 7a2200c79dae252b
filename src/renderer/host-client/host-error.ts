// An error the host reported, as the renderer sees it (the host's DocentError, over the wire).
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: string,
    message: string,
    readonly line?: number,
    readonly file?: string,
  ) {
    super(message);
  }

  describe(): string {
    const where = [this.file, this.line].filter((part) => part !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}
