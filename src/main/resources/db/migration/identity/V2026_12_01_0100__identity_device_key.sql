-- The key that signs the cookies of devices that signed in before (the sign-in throttle lets them
-- in while others' failures close an account). The first instance that needs it writes it; every
-- instance signs with the same one.
create table sign_in_device_key (
    id     int primary key check (id = 1),
    secret bytea not null
);
