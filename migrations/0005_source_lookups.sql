-- What cites a source: news pages (rendered on demand) list the reports, figures and villages that cite them.
CREATE INDEX report_sources_by_news ON report_sources (news_id);
CREATE INDEX village_sources_by_news ON village_sources (news_id);
CREATE INDEX figures_by_source ON figures (source_id, regency_code, year);
