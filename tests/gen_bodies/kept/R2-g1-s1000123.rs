// finding: R2-cancel-in-join
// seed: 1000123
// expect `take 0 mid 1 cancel` => w6- gaveup w7x t19 w20- t19. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t19");
        W::new(&ctx, 20, 0).await;
        ctx.log("t19.");
    }
    let mut c1 = 0;
    while c1 < 2 {
        c1 += 1;
        match ctx.pick(2, 1, 2) {
            0 => {
                let Some(v3) = ctx.opt(3, 0b111, 3) else {
                    W::new(&ctx, 4, 1).await;
                    return;
                };
                ctx.log(format!("L{v3}"));
                yield_!(Err(5));
            }
            _ => {
                tokio::join!(W::new(&ctx, 6, 0), W::new(&ctx, 7, 1));
                let b8: u32 = 'l8: {
                    W::new(&ctx, 9, 0).await;
                    yield_!(Ok(10));
                    23
                };
                ctx.log(format!("b8={b8}"));
                ctx.log("s11");
                break;
            }
        }
        W::new(&ctx, 12, 3).await;
        let b13: u32 = 'l13: {
            let mut c14 = 0;
            'l14: loop {
                c14 += 1;
                if c14 > 1 { break; }
                yield_!(Ok(15));
                W::new(&ctx, 16, 3).await;
            }
            yield_!(Ok(17));
            W::new(&ctx, 18, 1).await;
            16
        };
        ctx.log(format!("b13={b13}"));
        return;
    }
}
