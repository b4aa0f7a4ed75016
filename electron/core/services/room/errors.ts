/**
 * A device token the room does not know (never issued, or forgotten when the room was ended
 * or the seat's participant removed). The room server answers 401 or closes the socket.
 */
export class UnknownDeviceError extends Error {
  override name = 'UnknownDeviceError';
  constructor() {
    super('This phone is not known in this room. Open the room’s address again to join.');
  }
}
