-- Moves after every commit that changed the index (an item's rows, a source rebuilt, the
-- vocabulary): each instance keeps the results pages it found under the value it read before
-- searching, so a page found before a change is never served after it, here or on another
-- instance. A sequence, so that writers never wait on a row's lock.
create sequence search_index_version cache 1;
