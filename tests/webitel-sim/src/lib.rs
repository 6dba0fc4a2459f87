//! A stand-in Webitel engine server.
