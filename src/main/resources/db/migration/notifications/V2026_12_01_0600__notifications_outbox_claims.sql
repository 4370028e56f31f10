-- A sender claims due mail in a short transaction and talks to the mail server outside any
-- transaction: the claim (a token and the time it runs out) keeps other instances off the row while
-- it is being sent, and a crashed sender's claim simply runs out.
alter table outbox_mail add column claim_token uuid;
alter table outbox_mail add column claimed_until timestamp with time zone;
-- Mail a person waits for to sign in (verification, reset, a repeated sign-up) is sent first and
-- retried every half minute, so it goes out as soon as the mail server is back.
alter table outbox_mail add column urgent boolean not null default false;
update outbox_mail set urgent = true
 where category in ('verifyEmail', 'passwordReset', 'signUpRepeated');
