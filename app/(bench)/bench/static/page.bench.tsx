// The static baseline of the public guide page: prerendered text of a guide's size, no data, no layout.
export const dynamic = "force-static";

const PARAGRAPH =
  "Permohonan paspor melalui aplikasi M-Paspor dimulai dengan membuat akun, memilih kantor imigrasi, mengunggah e-KTP dan Kartu Keluarga, lalu memilih jadwal kedatangan dan membayar kode billing dalam dua jam.";

export default function StaticBaselinePage() {
  return (
    <article>
      <h1>Panduan</h1>
      {Array.from({ length: 24 }, (_, i) => (
        <p key={i}>{PARAGRAPH}</p>
      ))}
    </article>
  );
}
