//! Typed client of the Webitel engine REST API.
