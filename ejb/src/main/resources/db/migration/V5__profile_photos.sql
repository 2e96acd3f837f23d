-- A profile photo is a file in the media directory; the version changes with every upload so browsers refetch it.

alter table employee add column photo_version bigint;
