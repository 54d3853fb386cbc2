"""Writers: plain records in (a Career and a share choice), the bytes of a file out. No Qt."""
