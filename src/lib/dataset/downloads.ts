/** The download files of this build, made once (the data page lists them, /data/<file> serves them). */
import { siteContent } from '../content.ts';
import { type DownloadFile, downloadFiles } from './files.ts';

let files: Promise<DownloadFile[]> | undefined;
export function siteDownloads(): Promise<DownloadFile[]> {
  files ??= siteContent().then((content) => downloadFiles(content.contentSet));
  return files;
}
