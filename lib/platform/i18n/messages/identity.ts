import { defineMessages } from "../locale";

// Messages of the personal-identifier fields (lib/identity/schema.ts), the same on every form that takes them.

export const identityMessages = defineMessages({
  id: {
    "nik.length": "NIK harus 16 angka.",
    "nik.digits": "NIK hanya berisi angka.",
    "nik.region": "Enam angka pertama NIK bukan kode wilayah yang ada. Periksa kembali e-KTP.",
    "nik.date": "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang mungkin. Periksa kembali e-KTP.",
    "nik.serial": "Empat angka terakhir NIK tidak boleh 0000.",
    "phone.invalid": "Nomor HP tidak dikenali. Contoh: 0812 3456 7890.",
    "email.invalid": "Alamat e-mail tidak valid.",
  },
  en: {
    "nik.length": "A NIK has 16 digits.",
    "nik.digits": "A NIK holds digits only.",
    "nik.region": "The first six digits are not an existing region code. Check the e-KTP again.",
    "nik.date": "Digits 7 to 12 are not a possible birth date. Check the e-KTP again.",
    "nik.serial": "The last four digits cannot be 0000.",
    "phone.invalid": "Unrecognised mobile number. For example: 0812 3456 7890.",
    "email.invalid": "Not a valid e-mail address.",
  },
});
