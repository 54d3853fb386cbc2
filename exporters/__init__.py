"""The formats, in and out, and the actions that move them. No Qt here.

- `readers/`: a file in, plain records and a report of what was left out;
- `writers/`: plain records in, a file's bytes out;
- `credentials/`: the attestation cryptography (JOSE, did:key, Open Badges);
- `actions/`: one module per thing a person does (export and print, import,
  attest); the only code besides `vault/` that writes to a vault.

`registry` lists every reader and writer; readers, writers and credentials
never take a `Vault` or a connection.
"""
