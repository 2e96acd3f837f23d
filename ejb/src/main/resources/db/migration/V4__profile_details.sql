-- What employees tell colleagues about themselves on their profile.

alter table employee add column bio varchar(2000);
alter table employee add column ask_me_about varchar(200);
alter table employee add column languages varchar(200);
alter table employee add column time_zone varchar(60);
alter table employee add column phone varchar(40);
