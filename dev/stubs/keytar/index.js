// Offline stand-in for keytar: see package.json. Any credential call refuses, so nothing silently pretends to store secrets.
'use strict';
const refuse = () => Promise.reject(new Error('keytar is not available in the Throughline dev install (credentials are not needed offline)'));
module.exports = { getPassword: refuse, setPassword: refuse, deletePassword: refuse, findPassword: refuse, findCredentials: refuse };
