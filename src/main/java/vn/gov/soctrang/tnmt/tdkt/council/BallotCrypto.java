package vn.gov.soctrang.tnmt.tdkt.council;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ballot box's cryptography, with the JDK's own algorithms only.
 *
 * <ul>
 *   <li>Each key holder of a meeting (the chair and the secretary) has an X25519 key pair. The private key is kept
 *       only sealed: AES-256-GCM under a key derived from the holder's passphrase (PBKDF2-HMAC-SHA256, a random salt,
 *       the iteration count stored with it).</li>
 *   <li>A ballot is sealed to both holders at once: a fresh ephemeral X25519 key agrees one secret with each holder's
 *       public key; the AES-256-GCM key is the SHA-256 of both secrets, the ephemeral public key and the meeting.
 *       Opening needs both private keys, hence both passphrases.</li>
 * </ul>
 *
 * Nothing here keeps a key or a plaintext beyond the call that uses it.
 */
final class BallotCrypto {

  private static final String CURVE = "X25519";
  private static final int SALT = 16;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final byte VERSION = 1;
  private static final SecureRandom RANDOM = new SecureRandom();

  private BallotCrypto() {
  }

  /** A holder's sealed key: public key, and the private key sealed under the passphrase. */
  record SealedKey(byte[] publicKey, byte[] salt, int iterations, byte[] sealedPrivateKey) {
  }

  /** Thrown when a passphrase does not open a sealed key. */
  static final class WrongPassphrase extends Exception {
    WrongPassphrase() {
      super("wrong passphrase");
    }
  }

  static SealedKey newSealedKey(char[] passphrase, int iterations, String context) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
      byte[] salt = random(SALT);
      byte[] privateKey = pair.getPrivate().getEncoded();
      try {
        byte[] sealed = aesSeal(passphraseKey(passphrase, salt, iterations), privateKey, context);
        return new SealedKey(pair.getPublic().getEncoded(), salt, iterations, sealed);
      } finally {
        Arrays.fill(privateKey, (byte) 0);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot create a ballot key", e);
    }
  }

  static PrivateKey openSealedKey(SealedKey key, char[] passphrase, String context) throws WrongPassphrase {
    try {
      byte[] encoded = aesOpen(passphraseKey(passphrase, key.salt(), key.iterations()), key.sealedPrivateKey(),
          context);
      try {
        return KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(encoded));
      } finally {
        Arrays.fill(encoded, (byte) 0);
      }
    } catch (AEADBadTagException e) {
      throw new WrongPassphrase();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A sealed ballot key cannot be read", e);
    }
  }

  /** Seals a ballot to the two holders' public keys; the result has the same length for the same plaintext length. */
  static byte[] sealBallot(byte[] plaintext, byte[] firstPublicKey, byte[] secondPublicKey, String context) {
    try {
      KeyFactory factory = KeyFactory.getInstance(CURVE);
      KeyPair ephemeral = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
      byte[] ephemeralPublic = ephemeral.getPublic().getEncoded();
      SecretKeySpec key = ballotKey(
          agree(ephemeral.getPrivate(), factory.generatePublic(new X509EncodedKeySpec(firstPublicKey))),
          agree(ephemeral.getPrivate(), factory.generatePublic(new X509EncodedKeySpec(secondPublicKey))),
          ephemeralPublic, context);
      byte[] sealed = aesSeal(key, plaintext, context);
      return ByteBuffer.allocate(1 + 2 + ephemeralPublic.length + sealed.length).put(VERSION)
          .putShort((short) ephemeralPublic.length).put(ephemeralPublic).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot seal a ballot", e);
    }
  }

  static byte[] openBallot(byte[] sealedBallot, PrivateKey first, PrivateKey second, String context) {
    try {
      ByteBuffer in = ByteBuffer.wrap(sealedBallot);
      if (in.get() != VERSION) {
        throw new IllegalStateException("Unknown ballot format");
      }
      byte[] ephemeralPublic = new byte[in.getShort()];
      in.get(ephemeralPublic);
      byte[] rest = new byte[in.remaining()];
      in.get(rest);
      PublicKey ephemeral = KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(ephemeralPublic));
      return aesOpen(ballotKey(agree(first, ephemeral), agree(second, ephemeral), ephemeralPublic, context), rest,
          context);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A sealed ballot does not open with the meeting's keys", e);
    }
  }

  private static byte[] agree(PrivateKey own, PublicKey other) throws GeneralSecurityException {
    KeyAgreement agreement = KeyAgreement.getInstance(CURVE);
    agreement.init(own);
    agreement.doPhase(other, true);
    return agreement.generateSecret();
  }

  private static SecretKeySpec ballotKey(byte[] first, byte[] second, byte[] ephemeralPublic, String context)
      throws GeneralSecurityException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("tdkt-ballot-box-v1".getBytes(StandardCharsets.US_ASCII));
    sha.update(context.getBytes(StandardCharsets.UTF_8));
    sha.update(first);
    sha.update(second);
    sha.update(ephemeralPublic);
    Arrays.fill(first, (byte) 0);
    Arrays.fill(second, (byte) 0);
    return new SecretKeySpec(sha.digest(), "AES");
  }

  private static SecretKeySpec passphraseKey(char[] passphrase, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(),
          "AES");
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] aesSeal(SecretKeySpec key, byte[] plaintext, String context) throws GeneralSecurityException {
    byte[] nonce = random(NONCE);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    byte[] sealed = cipher.doFinal(plaintext);
    return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
  }

  private static byte[] aesOpen(SecretKeySpec key, byte[] sealed, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
