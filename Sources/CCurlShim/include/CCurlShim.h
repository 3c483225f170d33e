#ifndef MUSTER_CCURLSHIM_H
#define MUSTER_CCURLSHIM_H

#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call.
   These wrappers fix the argument type for each family of options. */

CURLcode muster_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode muster_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode muster_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode muster_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode muster_curl_setopt_write_callback(
    CURL *handle, size_t (*callback)(char *, size_t, size_t, void *));
CURLcode muster_curl_setopt_header_callback(
    CURL *handle, size_t (*callback)(char *, size_t, size_t, void *));
CURLcode muster_curl_setopt_xferinfo_callback(
    CURL *handle, int (*callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t));

CURLcode muster_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode muster_curl_getinfo_double(CURL *handle, CURLINFO info, double *value);
CURLcode muster_curl_getinfo_string(CURL *handle, CURLINFO info, char **value);

CURLMcode muster_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value);

#endif
