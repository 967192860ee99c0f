/** The site's URL scheme, locale-free (see localizePath for the /en/ prefix). One place for every page's path. */
export const paths = {
  home: () => '/',
  map: () => '/peta/',
  regencies: () => '/kabupaten/',
  regency: (slug: string) => `/kabupaten/${slug}/`,
  report: (slug: string, year: number) => `/kabupaten/${slug}/laporan/${year}/`,
  regencyFeed: (slug: string) => `/kabupaten/${slug}/rss.xml`,
  village: (code: string) => `/desa/${code}/`,
  findVillage: (q?: string) => (q ? `/cari-desa/?q=${encodeURIComponent(q)}` : '/cari-desa/'),
  news: () => '/berita/',
  article: (id: string) => `/berita/${id}/`,
  search: () => '/cari/',
  data: () => '/data/',
  apiDocs: () => '/data/api/',
  feed: () => '/rss.xml',
};
