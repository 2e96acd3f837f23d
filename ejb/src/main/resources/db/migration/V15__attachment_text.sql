-- The text of a document attachment, extracted when it is uploaded, so that search finds what the file says.
alter table post_attachment add column extracted_text varchar(100000);
