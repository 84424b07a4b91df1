# CPack .deb packaging (filled by the foundation work).
