import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>My blog</h1>
      <ul>
        {/* posts */}
      </ul>
    </main>
  );
}
