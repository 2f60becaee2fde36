/* Registration of the extra built-in modules (called once at start-up). */
#include "modules/modules.h"

int md_math_register(void);
int md_random_register(void);
int md_time_register(void);
int md_struct_register(void);
int md_binascii_register(void);
int md_hashlib_register(void);
int md_re_register(void);
int md_traceback_register(void);
int md_unicodedata_register(void);
int md_os_register(void);
int md_json_register(void);
int md_cmath_register(void);
int md_pyclave_register(void);
int md_decimal_accel_register(void);
int md_imp_register(void);

int md_register_all(void)
{
    if (md_math_register() < 0) return -1;
    if (md_random_register() < 0) return -1;
    if (md_time_register() < 0) return -1;
    if (md_struct_register() < 0) return -1;
    if (md_binascii_register() < 0) return -1;
    if (md_hashlib_register() < 0) return -1;
    if (md_re_register() < 0) return -1;
    if (md_traceback_register() < 0) return -1;
    if (md_unicodedata_register() < 0) return -1;
    if (md_os_register() < 0) return -1;
    if (md_json_register() < 0) return -1;
    if (md_cmath_register() < 0) return -1;
    if (md_pyclave_register() < 0) return -1;
    if (md_decimal_accel_register() < 0) return -1;
    if (md_imp_register() < 0) return -1;
    return 0;
}
