#ifndef REFGAP_CLIBCRYPTO_SHIM_H
#define REFGAP_CLIBCRYPTO_SHIM_H
/* OpenSSL's libcrypto (Debian's libssl-dev), for the SHA-256 of each input. Its SHA256_* functions
   use the CPU's SHA instructions where there are some, without the EVP layer's provider set-up (which
   costs about 2 MiB of resident memory); OpenSSL 3 marks them deprecated in favour of EVP, so the
   deprecation attributes are switched off here. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/sha.h>
#endif
