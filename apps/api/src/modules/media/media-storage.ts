import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where image files live. Local disk by default; an S3-compatible object store implements the
 * same three methods in production, with the CDN serving `/media/<key>`.
 */
export interface MediaStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class LocalDiskStorage implements MediaStorage {
  constructor(readonly root: string) {}

  private file(key: string): string {
    const file = path.resolve(this.root, key);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`media key escapes the folder: ${key}`);
    return file;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
