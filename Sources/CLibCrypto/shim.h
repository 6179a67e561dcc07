#ifndef REFGAP_CLIBCRYPTO_SHIM_H
#define REFGAP_CLIBCRYPTO_SHIM_H
/* OpenSSL's libcrypto (Debian's libssl-dev), for the SHA-256 of each input: its EVP digest uses the
   CPU's SHA instructions where there are some. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#endif
