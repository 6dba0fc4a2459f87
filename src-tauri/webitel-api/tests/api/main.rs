//! Integration tests of the client against the stand-in server `webitel-sim`.
